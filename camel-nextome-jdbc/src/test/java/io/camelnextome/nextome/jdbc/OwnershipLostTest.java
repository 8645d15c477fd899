package io.camelnextome.nextome.jdbc;

import java.time.Duration;
import java.util.List;

import io.camelnextome.nextome.consumer.WatermarkOwnershipLostException;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spi.RouteError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Two instances poll the same live stream (same state key) without a cluster service, each against a simulator of
 * its own so that each one's API calls are counted apart, with the watermark in one PostgreSQL table. The one whose
 * compare-and-set loses stops polling: its route is stopped and marked failed, its API calls stop, and the other
 * goes on with its watermark.
 */
class OwnershipLostTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM_A = new NextomeSimulatorExtension();
    @RegisterExtension
    static final NextomeSimulatorExtension SIM_B = new NextomeSimulatorExtension();
    private static final String KEY = "locations/positions(venueId:1)";

    private final Instances instances = new Instances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void theInstanceThatLosesTheCompareAndSetStopsPolling() throws Exception {
        String live = "nextome:locations/positions?venueId=1&size=50&delay=10&initialDelay=0"
                      + "&settleTime=1000&stateRepository=#watermarks";
        CamelContext a = instances.start(SIM_A.simulator(), SharedPostgres.dataSource(), live, e -> { });
        CamelContext b = instances.start(SIM_B.simulator(), SharedPostgres.dataSource(), live, e -> { });

        await().atMost(Duration.ofSeconds(30)).until(() -> stoppedWithError(a) || stoppedWithError(b));
        CamelContext loser = stoppedWithError(a) ? a : b;
        CamelContext winner = loser == a ? b : a;
        NextomeSimulator loserApi = loser == a ? SIM_A.simulator() : SIM_B.simulator();
        NextomeSimulator winnerApi = loser == a ? SIM_B.simulator() : SIM_A.simulator();

        RouteError error = loser.getRoute("positions").getLastError();
        assertEquals(RouteError.Phase.STOP, error.getPhase(), "the route is marked as failed");
        WatermarkOwnershipLostException lost = assertInstanceOf(WatermarkConflictException.class, error.getException());
        assertEquals(KEY, lost.getKey());

        long loserCalls = loserApi.control().totalRequests();
        long winnerCalls = winnerApi.control().totalRequests();
        JdbcWatermarkRepository reader = new JdbcWatermarkRepository(SharedPostgres.dataSource(), "watermarks");
        String watermarkThen = reader.getState(KEY);
        await().atMost(Duration.ofSeconds(30)).until(() -> winnerApi.control().totalRequests() > winnerCalls + 20
                                                           && !watermarkThen.equals(reader.getState(KEY)));
        assertEquals(loserCalls, loserApi.control().totalRequests(), "the loser made no API call since");
        assertEquals(ServiceStatus.Started, winner.getRouteController().getRouteStatus("positions"),
                "the winner polls on, its watermark moving: " + List.of(watermarkThen, reader.getState(KEY)));
    }

    /** Stopped, and marked failed (the route controller sets the error once the stop completed). */
    private static boolean stoppedWithError(CamelContext context) {
        return context.getRouteController().getRouteStatus("positions") == ServiceStatus.Stopped
               && context.getRoute("positions").getLastError() != null;
    }
}
