package io.camelnextome.quarkus.nextome.it;

import io.camelnextome.nextome.model.LocationDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * A consumer route streaming the positions of venue 1, and producer routes answering JSON text so that the HTTP
 * resource in front of them never touches a DTO: whatever the native image needs for the DTOs must come from the
 * extension.
 */
@ApplicationScoped
public class NextomeRoutes extends RouteBuilder {

    /** The consumer route; started and stopped by the tests. */
    static final String POSITION_STREAM = "position-stream";

    @Inject
    DeliveredPositions deliveredPositions;

    @Override
    public void configure() {
        from("nextome:locations/positions?venueId=1&delay=200")
                .routeId(POSITION_STREAM)
                .autoStartup(false)
                .process(exchange -> deliveredPositions.add(exchange.getMessage().getBody(LocationDto.class)));

        route("trackable-get", "nextome:trackables/get");
        route("trackable-create", "nextome:trackables/create");
        route("trackable-update", "nextome:trackables/update");
        route("trackable-delete", "nextome:trackables/delete");
        route("positions", "nextome:locations/positions");
        route("positions-create", "nextome:locations/createBatch");
    }

    private void route(String name, String nextomeUri) {
        from("direct:" + name)
                .routeId(name)
                .to(nextomeUri)
                .choice()
                    .when(body().isNotNull())
                        .marshal().json(JsonLibrary.Jackson)
                        .convertBodyTo(String.class)
                .end();
    }
}
