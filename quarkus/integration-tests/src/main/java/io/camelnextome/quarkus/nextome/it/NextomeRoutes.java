package io.camelnextome.quarkus.nextome.it;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.LocationDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Consumer routes (a position stream and a change feed), and producer routes answering JSON text so that the HTTP
 * resource in front of them never touches a DTO: whatever the native image needs for the DTOs must come from the
 * extension.
 */
@ApplicationScoped
public class NextomeRoutes extends RouteBuilder {

    @Inject
    DeliveredPositions deliveredPositions;

    @Inject
    ProviderChanges providerChanges;

    @Override
    public void configure() {
        // The consumers are started and stopped by the tests.
        // the watermark repository is a bean declared by class name in application.properties
        from("nextome:locations/positions?venueId=1&delay=200&stateRepository=#watermarks")
                .routeId("position-stream")
                .autoStartup(false)
                .process(exchange -> deliveredPositions.add(exchange.getMessage().getBody(LocationDto.class)));
        from("nextome:providers/list?venueId=1&changesOnly=true&delay=200")
                .routeId("provider-changes")
                .autoStartup(false)
                .process(exchange -> providerChanges.add(
                        exchange.getMessage().getHeader(NextomeConstants.CHANGE_TYPE, String.class),
                        exchange.getMessage().getHeader(NextomeConstants.ELEMENT_ID, String.class)));

        route("trackable-get", "nextome:trackables/get");
        route("trackable-create", "nextome:trackables/create");
        route("trackable-update", "nextome:trackables/update");
        route("trackable-delete", "nextome:trackables/delete");
        route("positions", "nextome:locations/positions");
        route("positions-create", "nextome:locations/createBatch");
        route("provider-battery", "nextome:providers/updateBattery");
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
