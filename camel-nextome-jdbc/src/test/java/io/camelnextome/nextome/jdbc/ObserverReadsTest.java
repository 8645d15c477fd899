package io.camelnextome.nextome.jdbc;

import java.time.Duration;

import javax.sql.DataSource;

import io.camelnextome.nextome.console.NextomeDevConsole;
import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What the operators' views read (the dev console, JMX, the lag gauge) does not fix the version a consumer's writes
 * compare with: only the consumer's own first poll claims its key.
 */
class ObserverReadsTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension();
    private static final String KEY = "locations/positions(venueId:1)";
    private static final String STREAM = "nextome:locations/positions?venueId=1&size=50&delay=50&settleTime=1000"
                                         + "&stateRepository=#watermarks&initialDelay=0";

    private final Instances instances = new Instances();

    @AfterEach
    void stop() {
        instances.close();
    }

    /**
     * An instance takes over while the one that led before saves once more (a handover's last window), and an
     * operator opens the console in between: the new leader streams on from the saved watermark, not stopped as if
     * another instance still wrote. The new leader's scheduler starts once both happened: an initial delay raced the
     * test thread, which on a loaded machine came after the first poll had claimed the key.
     */
    @Test
    void aConsoleReadBeforeTheFirstPollClaimsNothing() throws Exception {
        DataSource database = SharedPostgres.newDatabase("observer_reads");
        JdbcWatermarkRepository before = new JdbcWatermarkRepository(database, "watermarks");
        CamelContext earlier = instances.start(SIM.simulator(), database, STREAM, exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> before.getState(KEY) != null);
        earlier.stop();
        String handedOver = before.getState(KEY);

        CamelContext leader = instances.start(SIM.simulator(), database, STREAM + "&startScheduler=false",
                exchange -> { });
        NextomeDevConsole console = new NextomeDevConsole();
        console.setCamelContext(leader);
        console.call(DevConsole.MediaType.JSON);
        ConsumerState stream = NextomeMonitor.find(leader).consumer("positions");
        assertNotNull(stream.watermark(), "the console shows the saved watermark");
        assertNull(stream.lastPoll(), "read before the consumer's first poll");
        before.claim(KEY);
        before.setState(KEY, handedOver);
        ((ScheduledPollConsumer) leader.getRoute("positions").getConsumer()).startScheduler();

        await().atMost(Duration.ofSeconds(30)).until(() -> !handedOver.equals(before.getState(KEY))
                || leader.getRouteController().getRouteStatus("positions") != ServiceStatus.Started);
        assertNull(leader.getRoute("positions").getLastError(), "the route was stopped as if another instance wrote");
        assertEquals(ServiceStatus.Started, leader.getRouteController().getRouteStatus("positions"));
    }
}
