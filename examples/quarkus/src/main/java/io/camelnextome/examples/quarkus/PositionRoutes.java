package io.camelnextome.examples.quarkus;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * GET /trackables/{id}/position answers the latest position Nextome calculated for that trackable, and the positions
 * of the configured venue stream to the log as Nextome calculates them.
 */
public class PositionRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(NextomeApiException.class)
                .handled(true)
                .process(exchange -> {
                    NextomeApiException error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, NextomeApiException.class);
                    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, error.getStatusCode());
                    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain");
                    exchange.getMessage().setBody(error.getMessage());
                });

        from("platform-http:/trackables/{id}/position?httpMethodRestrict=GET")
                .routeId("latest-position")
                .setHeader(NextomeConstants.ID, header("id"))
                .to("nextome:trackables/position")
                .marshal().json(JsonLibrary.Jackson);

        // One exchange per position, in the order Nextome generated them, none skipped or repeated.
        from("nextome:locations/positions?venueId={{example.venue-id}}&delay={{example.poll-delay}}")
                .routeId("position-stream")
                .transform().body(LocationDto.class, PositionRoutes::describe)
                .log("${body}");
    }

    private static String describe(LocationDto position) {
        return position.getTrackable() + " at (" + position.getX() + ", " + position.getY() + ") on map "
               + position.getMap();
    }
}
