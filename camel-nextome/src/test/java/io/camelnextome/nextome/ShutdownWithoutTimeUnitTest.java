package io.camelnextome.nextome;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.engine.DefaultShutdownStrategy;
import org.apache.camel.spi.RouteStartupOrder;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camel Quarkus dev mode stops its context with a shutdown strategy that has no time unit and a timeout of 0: a
 * consumer still stops cleanly (closing its poller), as on every hot reload.
 */
class ShutdownWithoutTimeUnitTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.generation(false));

    private final AtomicInteger polls = new AtomicInteger();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setShutdownStrategy(new DefaultShutdownStrategy(context) {
            @Override
            public long getTimeout() {
                return 0;
            }

            @Override
            public TimeUnit getTimeUnit() {
                return null;
            }

            @Override
            public void shutdownForced(CamelContext camelContext, List<RouteStartupOrder> routes) {
                // as in dev mode, no graceful shutdown: the context then stops its routes' services itself
            }
        });
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:maps/byVenue?venueId=1&initialDelay=0&delay=20").routeId("maps")
                        .process(exchange -> polls.incrementAndGet());
            }
        };
    }

    @Test
    void aConsumerStopsCleanly() {
        await().atMost(Duration.ofSeconds(30)).until(() -> polls.get() > 0);
        ServiceSupport consumer = (ServiceSupport) context.getRoute("maps").getConsumer();
        assertDoesNotThrow(consumer::stop);
        assertTrue(consumer.isStopped());
    }
}
