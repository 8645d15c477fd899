package io.camelnextome.nextome;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.MapDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splitting list results, and consumer endpoints that cannot work, refused with a message naming the option. */
class ConsumerOptionsTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.generation(false));

    private final List<Message> received = new CopyOnWriteArrayList<>();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    private void consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(exchange -> received.add(exchange.getMessage().copy()));
            }
        });
    }

    @Test
    void aListResultIsSplitIntoOneExchangePerElement() throws Exception {
        consume("nextome:maps/byVenue?venueId=1&initialDelay=0&delay=60000");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
        for (int i = 0; i < 2; i++) {
            Message message = received.get(i);
            assertInstanceOf(MapDto.class, message.getBody());
            assertEquals(i, message.getHeader(NextomeConstants.POLL_INDEX));
            assertEquals(2, message.getHeader(NextomeConstants.POLL_SIZE));
            assertEquals("maps/byVenue", message.getHeader(NextomeConstants.OPERATION));
        }
    }

    @Test
    void splitResultFalseDeliversTheWholeList() throws Exception {
        consume("nextome:maps/byVenue?venueId=1&splitResult=false&initialDelay=0&delay=60000");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertEquals(2, assertInstanceOf(List.class, received.get(0).getBody()).size());
    }

    @Test
    void withBridgeErrorHandlerAFailedPollReachesTheRoutesErrorHandler() throws Exception {
        List<Exception> handled = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(NextomeApiException.class).handled(true)
                        .process(exchange -> handled.add(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from("nextome:venues/get?id=404&bridgeErrorHandler=true&initialDelay=0&delay=60000")
                        .process(exchange -> received.add(exchange.getMessage().copy()));
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !handled.isEmpty());
        NextomeApiException failure = assertInstanceOf(NextomeApiException.class, handled.get(0));
        assertEquals(404, failure.getStatusCode());
        assertTrue(received.isEmpty());
    }

    private String refusal(String uri) {
        Exception e = assertThrows(Exception.class, () -> consume(uri));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void aRouteNeverStartedStopsWithItsContext() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:maps/byVenue?venueId=1").routeId("never-started").autoStartup(false).to("mock:unused");
            }
        });
        ServiceSupport consumer = (ServiceSupport) context.getRoute("never-started").getConsumer();
        context.stop();
        // a failed stop leaves the consumer FAILED (Camel only logs it) instead of shut down
        assertTrue(consumer.isShutdown(), "consumer status: " + consumer.getStatus());
    }

    @Test
    void onlyGetOperationsCanBeConsumed() {
        String message = refusal("nextome:trackables/create");
        assertTrue(message.contains("nextome:trackables/create cannot be a consumer"), message);
        assertTrue(message.contains("POST"), message);
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        String message = refusal("nextome:locations/positions");
        assertTrue(message.contains("'venueId'"), message);
    }

    @Test
    void changesOnlyNeedsAListOperation() {
        String message = refusal("nextome:trackables/get?id=T-001&changesOnly=true");
        assertTrue(message.contains("'changesOnly'") && message.contains("TrackableDto"), message);
    }

    @Test
    void changesOnlyAndIncrementalExcludeEachOther() {
        String message = refusal("nextome:locations/positions?venueId=1&changesOnly=true");
        assertTrue(message.contains("'changesOnly' and 'incremental'"), message);
    }

    @Test
    void lateAuditOptionsOutOfRangeAreNamed() {
        String interval = refusal("nextome:locations/positions?venueId=1&lateAuditInterval=-1000");
        assertTrue(interval.contains("'lateAuditInterval'") && interval.contains("-1000"), interval);
        String horizon = refusal("nextome:locations/positions?venueId=1&lateAuditHorizon=61d");
        assertTrue(horizon.contains("'lateAuditHorizon'") && horizon.contains("60 days"), horizon);
    }

    /** Options that do not select records (window, units, which timestamp orders) are not part of the key. */
    @Test
    void theDefaultStateKeyHoldsOnlyWhatSelectsTheRecords() {
        NextomeEndpoint plain = context.getEndpoint("nextome:visits/history?venueId=1&type=UWB", NextomeEndpoint.class);
        NextomeEndpoint tuned = context.getEndpoint("nextome:visits/history?venueId=1&type=UWB&tolerance=5"
                                                    + "&timeUnit=HOUR&timeField=END&size=20", NextomeEndpoint.class);
        plain.init();
        tuned.init();
        assertEquals("visits/history(type:UWB,venueId:1)", PollerFactory.stateKey(plain));
        assertEquals(PollerFactory.stateKey(plain), PollerFactory.stateKey(tuned));
    }
}
