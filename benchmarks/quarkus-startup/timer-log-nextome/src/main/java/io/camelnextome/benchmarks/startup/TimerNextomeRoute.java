package io.camelnextome.benchmarks.startup;

import org.apache.camel.builder.RouteBuilder;

/** The baseline's timer route, and one nextome: route that reads a trackable every second. */
public class TimerNextomeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:tick?period=1000").log("tick ${header.CamelTimerCounter}");
        from("timer:nextome?period=1000").to("nextome:trackables/get?id=T-001").log("${body}");
    }
}
