package io.camelnextome.examples.springboot;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /trackables/{id}/position}: the trackable's latest position as JSON, through the Camel route. */
@RestController
public class PositionController {

    private final ProducerTemplate producer;

    public PositionController(ProducerTemplate producer) {
        this.producer = producer;
    }

    @GetMapping("/trackables/{id}/position")
    public ResponseEntity<LocationDto> latestPosition(@PathVariable String id) {
        LocationDto position = producer.requestBodyAndHeader(PositionRoutes.LATEST_POSITION, null,
                NextomeConstants.ID, id, LocationDto.class);
        return position == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(position);
    }

    /** Nextome's 404 (unknown trackable) stays a 404; any other failure of the call is the gateway's, a 502. */
    @ExceptionHandler(CamelExecutionException.class)
    public ProblemDetail failedCall(CamelExecutionException e) {
        if (e.getCause() instanceof NextomeApiException api) {
            HttpStatus status = api.getStatusCode() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY;
            return ProblemDetail.forStatusAndDetail(status, api.getOperation() + " answered " + api.getStatusCode());
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "Calling Nextome failed");
    }
}
