package io.camelnextome.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The two routes. Credentials and the venue come from {@code camel.component.nextome.*} in application.properties,
 * bound by the starter, so the URIs name only the operation.
 */
@Component
public class PositionRoutes extends RouteBuilder {

    static final String LATEST_POSITION = "direct:latest-position";

    @Override
    public void configure() {
        // header CamelNextome.id: the trackable; body: its latest LocationDto, or null when it has none yet
        from(LATEST_POSITION).routeId("latest-position")
                .to("nextome:trackables/position");

        // every calculated position of the venue, once, in timestamp order
        from("nextome:locations/positions?delay={{example.poll-delay}}").routeId("positions-to-log")
                .log("Position of ${body.trackable}: (${body.x}, ${body.y}) on map ${body.map} at ${body.timestampGenerated}");
    }
}
