package io.camelnextome.nextome.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.master.MasterComponent;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stateKey longer than column state_key is bad configuration: the route fails to start with the error naming the
 * key, its length and the column's width, before anything is asked of Nextome, instead of failing every poll.
 */
class KeyTooLongTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** 256 characters: one more than the column holds. */
    private static final String KEY = "k".repeat(256);

    private CamelContext context;
    private JdbcDataSource database;
    private JdbcWatermarkRepository repository;
    private long requestsBefore;

    @BeforeEach
    void newContext() {
        context = new DefaultCamelContext();
        NextomeComponent nextome = new NextomeComponent();
        nextome.getConfiguration().setBaseUrl(SIM.simulator().baseUrl());
        nextome.getConfiguration().setClientId(SIM.simulator().clientId());
        nextome.getConfiguration().setClientSecret(SIM.simulator().clientSecret());
        context.addComponent("nextome", nextome);
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:key_too_long_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        repository = new JdbcWatermarkRepository(database, "watermarks");
        requestsBefore = SIM.simulator().control().totalRequests() + SIM.simulator().control().authCalls();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theRouteFailsToStartNamingTheKeyItsLengthAndTheColumnsWidth() throws Exception {
        addRoute("nextome:locations/positions?venueId=1&delay=10&initialDelay=0&stateRepository=#watermarks"
                 + "&stateKey=" + KEY, true);
        Exception failed = assertThrows(Exception.class, context::start);
        assertRefused(failed);
        assertNoApiCall();
    }

    /** A change feed keeps its state under stateKey too. */
    @Test
    void aChangeFeedFailsToStartAlike() throws Exception {
        addRoute("nextome:providers/list?venueId=1&changesOnly=true&delay=10&initialDelay=0&stateRepository=#watermarks"
                 + "&stateKey=" + KEY, true);
        assertRefused(assertThrows(Exception.class, context::start));
        assertNoApiCall();
    }

    /** The key and {@code <key>.late}, where the lateness keys go, must both fit. */
    @Test
    void theLatenessKeyMustFitToo() throws Exception {
        String key = "k".repeat(251);
        addRoute("nextome:locations/positions?venueId=1&delay=10&initialDelay=0&stateRepository=#watermarks"
                 + "&stateKey=" + key, true);
        Exception failed = assertThrows(Exception.class, context::start);
        assertTrue(messages(failed).contains("'" + key + ".late' is 256 characters"), messages(failed));
        assertNoApiCall();
    }

    /** Not started with the context: nothing is checked or asked until the route is started, which then fails. */
    @Test
    void aRouteNotStartedAutomaticallyFailsWhenStarted() throws Exception {
        addRoute("nextome:locations/positions?venueId=1&delay=10&initialDelay=0&stateRepository=#watermarks"
                 + "&stateKey=" + KEY, false);
        context.start();
        assertRefused(assertThrows(Exception.class, () -> context.getRouteController().startRoute("positions")));
        assertTrue(context.getRouteController().getRouteStatus("positions") != ServiceStatus.Started);
        assertNoApiCall();
    }

    /**
     * Inside {@code master:}, the Nextome consumer is made and started only when this instance takes the leadership,
     * so the {@code master:} route itself starts (camel-master's behaviour): each of camel-master's attempts to start
     * the consumer fails alike (a WARN naming the key), and no poll runs: nothing is claimed, nothing asked of Nextome.
     */
    @Test
    void aMasterRouteRefusesEachAttemptToStartTheConsumer(@TempDir Path clusterDir) throws Exception {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId("only");
        cluster.setRoot(clusterDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        MasterComponent master = new MasterComponent();
        master.setBackOffDelay(50);
        context.addComponent("master", master);
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger claims = new AtomicInteger();
        repository = new JdbcWatermarkRepository(database, "watermarks") {
            @Override
            public void checkKey(String key) {
                checks.incrementAndGet();
                super.checkKey(key);
            }

            @Override
            public String claim(String key) {
                claims.incrementAndGet();
                return super.claim(key);
            }
        };
        addRoute("master:positions:nextome:locations/positions?venueId=1&delay=10&initialDelay=0"
                 + "&stateRepository=#watermarks&stateKey=" + KEY, true);
        context.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> checks.get() >= 3);
        assertEquals(0, claims.get(), "polls that claimed the key");
        assertNoApiCall();
    }

    private void addRoute(String uri, boolean autoStartup) throws Exception {
        context.getRegistry().bind("watermarks", repository);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("positions").autoStartup(autoStartup).process(exchange -> { });
            }
        });
    }

    private static void assertRefused(Exception failed) {
        String messages = messages(failed);
        assertTrue(messages.contains("'" + KEY + "' is 256 characters") && messages.contains("holds 255")
                   && messages.contains("stateKey"), messages);
    }

    private void assertNoApiCall() {
        assertEquals(requestsBefore, SIM.simulator().control().totalRequests() + SIM.simulator().control().authCalls(),
                "requests made of Nextome");
    }

    /** The messages of the exception and its causes. */
    private static String messages(Throwable failed) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failed; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
