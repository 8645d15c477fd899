package io.camelnextome.nextome.jdbc;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

import io.camelnextome.nextome.console.NextomeDevConsole;
import io.camelnextome.nextome.management.ManagedNextome;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the database of the watermarks does not answer, the dev console and the JMX bean still show the tokens and
 * the consumers, with the watermark's reason for being unreadable in its place: that is when operators read them.
 */
class ViewsDuringADatabaseOutageTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension();
    private static final String DATABASE = "views_outage";
    private static final String REASON = "not currently accepting connections";

    private final Instances instances = new Instances();

    @AfterEach
    void stop() {
        SharedPostgres.allowConnections(DATABASE, true);
        instances.close();
    }

    @Test
    void theConsoleAndJmxShowWhyTheWatermarkIsUnreadable() throws Exception {
        DataSource database = SharedPostgres.newDatabase(DATABASE);
        JdbcWatermarkRepository reader = new JdbcWatermarkRepository(database, "watermarks");
        CamelContext context = instances.start(SIM.simulator(), database, "nextome:locations/positions?venueId=1"
                + "&delay=200&initialDelay=0&stateRepository=#watermarks", exchange -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.getState("locations/positions(venueId:1)") != null);
        NextomeDevConsole console = new NextomeDevConsole();
        console.setCamelContext(context);
        ManagedNextome jmx = new ManagedNextome(NextomeMonitor.find(context));

        SharedPostgres.allowConnections(DATABASE, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        assertEquals(SIM.simulator().clientId(), ((Map<?, ?>) ((List<?>) json.get("credentialSets")).get(0)).get("clientId"));
        String watermark = (String) ((Map<?, ?>) ((List<?>) json.get("consumers")).get(0)).get("watermark");
        assertTrue(watermark.startsWith("unreadable: ") && watermark.contains(REASON), watermark);
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("routeId: positions") && text.contains(REASON), text);
        CompositeData row = (CompositeData) jmx.getConsumers().values().iterator().next();
        assertTrue(String.valueOf(row.get("watermark")).contains(REASON), String.valueOf(row.get("watermark")));
        assertTrue(jmx.dumpAsJson().contains(REASON), jmx.dumpAsJson());
    }
}
