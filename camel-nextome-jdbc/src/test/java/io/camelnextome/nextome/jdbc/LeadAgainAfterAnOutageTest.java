package io.camelnextome.nextome.jdbc;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An instance that streamed, handed over to another and leads again while its database does not answer (the
 * network trouble that cost it the lead may well reach the database too) claims its key once the database is back:
 * a claim that failed is not taken as made, or its first save would compare with the version of its earlier
 * leadership, take the other's progress for a conflict and stop its route, with the other gone.
 */
class LeadAgainAfterAnOutageTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension();
    private static final String KEY = "locations/positions(venueId:1)";
    private static final String LIVE = "nextome:locations/positions?venueId=1&size=50&delay=50&initialDelay=0"
                                       + "&settleTime=1000&stateRepository=#watermarks";
    private static final String DATABASE = "lead_again";

    private final Instances instances = new Instances();

    @AfterEach
    void stop() {
        SharedPostgres.allowConnections(DATABASE, true);
        instances.close();
    }

    @Test
    void aClaimTheDatabaseRefusedIsMadeAtTheNextPoll() throws Exception {
        DataSource database = SharedPostgres.newDatabase(DATABASE);
        JdbcWatermarkRepository reader = new JdbcWatermarkRepository(database, "watermarks");
        CamelContext first = instances.start(SIM.simulator(), database, LIVE, exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.getState(KEY) != null);
        first.getRouteController().stopRoute("positions");

        String handedOver = reader.getState(KEY);
        CamelContext second = instances.start(SIM.simulator(), database, LIVE, exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> !handedOver.equals(reader.getState(KEY)));
        second.getRouteController().stopRoute("positions");
        String secondLeft = reader.getState(KEY);

        SharedPostgres.allowConnections(DATABASE, false);
        Instant restarted = Instant.now();
        first.getRouteController().startRoute("positions");
        ConsumerState stream = NextomeMonitor.find(first).consumer("positions");
        await().atMost(Duration.ofSeconds(30)).until(() -> stream.lastPoll() != null
                && !stream.lastPoll().time().isBefore(restarted) && stream.lastPoll().error() != null);
        SharedPostgres.allowConnections(DATABASE, true);

        await().atMost(Duration.ofSeconds(30)).until(() -> !secondLeft.equals(reader.getState(KEY))
                || first.getRouteController().getRouteStatus("positions") != ServiceStatus.Started);
        assertNull(first.getRoute("positions").getLastError(), "the route was stopped as if another instance wrote");
        assertEquals(ServiceStatus.Started, first.getRouteController().getRouteStatus("positions"),
                "it streams on from the second instance's watermark");
    }
}
