package io.camelnextome.nextome.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelnextome.nextome.model.PairBooleanListVisitDto;
import io.camelnextome.nextome.model.VisitDto;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code visits/history} streams incrementally too: every visit of the range once, in start order. */
class IncrementalVisitsTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private static final Instant FROM = TO.minus(Duration.ofHours(1));

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void deliversEveryVisitOnceInStartOrder() throws Exception {
        SIM.simulator().control().generateHistory(FROM, TO);
        List<VisitDto> received = new CopyOnWriteArrayList<>();
        String range = "venueId=1&start=" + FROM.toEpochMilli() + "&end=" + TO.toEpochMilli();
        context = IncrementalPositionsTest.startContext(SIM.simulator(), new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:visits/history?" + range + "&size=50&delay=10&initialDelay=0")
                        .process(exchange -> received.add(exchange.getMessage().getMandatoryBody(VisitDto.class)));
            }
        });
        List<Long> expected = allVisitIds(context, range);
        assertTrue(expected.size() > 100, "visits in the hour: " + expected.size());

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= expected.size());
        Set<Long> ids = new HashSet<>();
        long previousStart = Long.MIN_VALUE;
        for (VisitDto visit : received) {
            assertTrue(ids.add(visit.getId()), "delivered twice: visit " + visit.getId());
            assertTrue(visit.getStartTimestamp() >= previousStart, "visits out of start order");
            previousStart = visit.getStartTimestamp();
        }
        assertEquals(new HashSet<>(expected), ids);
    }

    /** The ids of the range's visits, read by the producer in one large page after another. */
    static List<Long> allVisitIds(CamelContext context, String range) {
        List<Long> ids = new ArrayList<>();
        PairBooleanListVisitDto page;
        int number = 0;
        do {
            page = context.createProducerTemplate().requestBody(
                    "nextome:visits/history?" + range + "&size=1000&page=" + number++, null,
                    PairBooleanListVisitDto.class);
            page.getSecond().forEach(visit -> ids.add(visit.getId()));
        } while (Boolean.TRUE.equals(page.getFirst()));
        return ids;
    }
}
