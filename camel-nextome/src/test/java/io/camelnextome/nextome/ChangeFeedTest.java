package io.camelnextome.nextome;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelnextome.nextome.consumer.ChangeType;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code changesOnly=true} turns an entity list into a feed of what was created, updated and deleted. */
class ChangeFeedTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.generation(false));

    private record Change(ChangeType type, String id, LocationProviderDto provider) {
    }

    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    private void feed(RouteBuilder extraRoutes) throws Exception {
        context.addRoutes(extraRoutes);
    }

    private RouteBuilder providersFeed(AtomicBoolean failNextUpdate) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:providers/list?venueId=1&changesOnly=true&initialDelay=0&delay=50").routeId("feed")
                        .process(exchange -> {
                            ChangeType type = ChangeType.valueOf(
                                    exchange.getMessage().getHeader(NextomeConstants.CHANGE_TYPE, String.class));
                            if (type == ChangeType.UPDATED && failNextUpdate.compareAndSet(true, false)) {
                                throw new IllegalStateException("the alerting system is down");
                            }
                            changes.add(new Change(type,
                                    exchange.getMessage().getHeader(NextomeConstants.ELEMENT_ID, String.class),
                                    exchange.getMessage().getBody(LocationProviderDto.class)));
                        });
            }
        };
    }

    private long count(ChangeType type) {
        return changes.stream().filter(change -> change.type() == type).count();
    }

    @Test
    void reportsEveryProviderOnceThenOnlyWhatChanged() throws Exception {
        @SuppressWarnings("unchecked")
        List<LocationProviderDto> providers = (List<LocationProviderDto>) call(
                "nextome:providers/list?venueId=1", null);
        feed(providersFeed(new AtomicBoolean()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.CREATED) == providers.size());

        template.send("nextome:providers/updateBattery?id=3&batteryLevel=7", (Exchange e) -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.UPDATED) == 1);
        Change update = changes.stream().filter(c -> c.type() == ChangeType.UPDATED).findFirst().orElseThrow();
        assertEquals("3", update.id());
        assertEquals(7, update.provider().getBattery());

        LocationProviderDto created = (LocationProviderDto) call("nextome:providers/create",
                Map.of("name", "New tag", "type", "UWB", "venue", 1, "battery", 90));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.CREATED) == providers.size() + 1);

        call("nextome:providers/delete?id=" + created.getId(), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.DELETED) == 1);
        Change deletion = changes.stream().filter(c -> c.type() == ChangeType.DELETED).findFirst().orElseThrow();
        assertEquals(String.valueOf(created.getId()), deletion.id());
        assertEquals("New tag", deletion.provider().getName());
        assertEquals(providers.size() + 3, changes.size(), "no change reported twice: " + changes);
    }

    @Test
    void aChangeWhoseExchangeFailedIsReportedAgain() throws Exception {
        AtomicBoolean failNextUpdate = new AtomicBoolean(true);
        feed(providersFeed(failNextUpdate));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.CREATED) > 0);
        template.send("nextome:providers/updateBattery?id=4&batteryLevel=3", (Exchange e) -> { });

        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.UPDATED) == 1);
        assertTrue(!failNextUpdate.get(), "the first delivery failed");
        Change update = changes.stream().filter(c -> c.type() == ChangeType.UPDATED).findFirst().orElseThrow();
        assertEquals("4", update.id());
        assertEquals(3, update.provider().getBattery());
    }

    @Test
    void aRestartedFeedReportsOnlyWhatChangedMeanwhile() throws Exception {
        @SuppressWarnings("unchecked")
        List<LocationProviderDto> providers = (List<LocationProviderDto>) call(
                "nextome:providers/list?venueId=1", null);
        feed(providersFeed(new AtomicBoolean()));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.CREATED) == providers.size());
        context.getRouteController().stopRoute("feed");

        template.send("nextome:providers/updateBattery?id=3&batteryLevel=9", (Exchange e) -> { });
        context.getRouteController().startRoute("feed");
        await().atMost(Duration.ofSeconds(10)).until(() -> count(ChangeType.UPDATED) == 1);
        assertEquals(providers.size() + 1, changes.size(), "nothing reported as created again: " + changes);
    }
}
