package io.camelnextome.nextome.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

import io.camelnextome.nextome.console.NextomeDevConsole;
import io.camelnextome.nextome.management.ManagedNextome;
import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.console.DevConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database of the watermarks stops answering (a real PostgreSQL refusing connections to it, as in an outage or a
 * failover of the database): what the consumers and the operators' views do meanwhile and after.
 */
class DatabaseOutageTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension();
    private static final String KEY = "locations/positions(venueId:1)";
    private static final String LIVE = "nextome:locations/positions?venueId=1&size=50&delay=50&initialDelay=0"
                                       + "&settleTime=1000&stateRepository=#watermarks";
    private static final String REFUSED = "not currently accepting connections";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Instances instances = new Instances();
    private final String databaseName = "outage_" + DATABASES.incrementAndGet();
    private DataSource database;
    private JdbcWatermarkRepository reader;

    @BeforeEach
    void newDatabase() {
        database = SharedPostgres.newDatabase(databaseName);
        reader = new JdbcWatermarkRepository(database, "watermarks");
    }

    @AfterEach
    void stop() {
        SharedPostgres.allowConnections(databaseName, true);
        instances.close();
    }

    /**
     * An instance that streamed, handed over to another and leads again while its database does not answer (the
     * network trouble that cost it the lead may well reach the database too) claims its key once the database is
     * back: a claim that failed is not taken as made, or its first save would compare with the version of its
     * earlier leadership, take the other's progress for a conflict and stop its route, with the other gone.
     */
    @Test
    void aClaimTheDatabaseRefusedIsMadeAtTheNextPoll() throws Exception {
        CamelContext first = instances.start(SIM.simulator(), database, LIVE, exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.getState(KEY) != null);
        first.getRouteController().stopRoute("positions");

        String handedOver = reader.getState(KEY);
        CamelContext second = instances.start(SIM.simulator(), database, LIVE, exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> !handedOver.equals(reader.getState(KEY)));
        second.getRouteController().stopRoute("positions");
        String secondLeft = reader.getState(KEY);

        SharedPostgres.allowConnections(databaseName, false);
        Instant restarted = Instant.now();
        first.getRouteController().startRoute("positions");
        ConsumerState stream = NextomeMonitor.find(first).consumer("positions");
        await().atMost(Duration.ofSeconds(30)).until(() -> stream.lastPoll() != null
                && !stream.lastPoll().time().isBefore(restarted) && stream.lastPoll().error() != null);
        SharedPostgres.allowConnections(databaseName, true);

        await().atMost(Duration.ofSeconds(30)).until(() -> !secondLeft.equals(reader.getState(KEY))
                || first.getRouteController().getRouteStatus("positions") != ServiceStatus.Started);
        assertNull(first.getRoute("positions").getLastError(), "the route was stopped as if another instance wrote");
        assertEquals(ServiceStatus.Started, first.getRouteController().getRouteStatus("positions"),
                "it streams on from the second instance's watermark");
    }

    /**
     * Meanwhile the dev console and the JMX bean still show the tokens and the consumers, with the watermark's
     * reason for being unreadable in its place: that is when operators read them.
     */
    @Test
    void theConsoleAndJmxShowWhyTheWatermarkIsUnreadable() throws Exception {
        CamelContext context = instances.start(SIM.simulator(), database, LIVE, exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.getState(KEY) != null);
        NextomeDevConsole console = new NextomeDevConsole();
        console.setCamelContext(context);
        ManagedNextome jmx = new ManagedNextome(NextomeMonitor.find(context));

        SharedPostgres.allowConnections(databaseName, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertEquals(SIM.simulator().clientId(), ((Map<?, ?>) ((List<?>) json.get("credentialSets")).get(0)).get("clientId"));
        String watermark = (String) ((Map<?, ?>) ((List<?>) json.get("consumers")).get(0)).get("watermark");
        assertTrue(watermark.startsWith("unreadable: ") && watermark.contains(REFUSED), watermark);
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("routeId: positions") && text.contains(REFUSED), text);
        CompositeData row = (CompositeData) jmx.getConsumers().values().iterator().next();
        assertTrue(String.valueOf(row.get("watermark")).contains(REFUSED), String.valueOf(row.get("watermark")));
        assertTrue(jmx.dumpAsJson().contains(REFUSED), jmx.dumpAsJson());
    }
}
