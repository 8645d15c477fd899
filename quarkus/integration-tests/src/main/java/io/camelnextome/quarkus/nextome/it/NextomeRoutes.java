package io.camelnextome.quarkus.nextome.it;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Producer routes over the nextome: component, each answering JSON text so that the HTTP resource in front of them
 * never touches a DTO: whatever the native image needs for the DTOs must come from the extension.
 */
public class NextomeRoutes extends RouteBuilder {

    @Override
    public void configure() {
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
