package io.camelnextome.benchmarks.startup;

import org.apache.camel.builder.RouteBuilder;

/** The baseline route: a timer that logs. */
public class TimerRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:tick?period=1000").log("tick ${header.CamelTimerCounter}");
    }
}
