package io.camelnextome.benchmarks.startup;

import org.apache.camel.builder.RouteBuilder;

/**
 * The baseline's timer route, and the nextome app's call written with camel-http: the trackable read every second
 * with the token the harness obtained ({@code nextome.authorization}), its JSON unmarshalled into a Map.
 */
public class TimerHttpRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:tick?period=1000").log("tick ${header.CamelTimerCounter}");
        from("timer:nextome?period=1000")
                .setHeader("Authorization", simple("{{nextome.authorization}}"))
                .to("{{nextome.base-url}}/trackables/T-001")
                .unmarshal().json()
                .log("${body}");
    }
}
