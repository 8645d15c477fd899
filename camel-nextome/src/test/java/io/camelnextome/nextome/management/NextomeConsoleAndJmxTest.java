package io.camelnextome.nextome.management;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code nextome} dev console as Camel's console registry serves it, and the JMX bean as an operator's JMX
 * client sees it on the platform MBeanServer, including the two operations: renew a token, replay a time range.
 */
class NextomeConsoleAndJmxTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final Instant TO = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
    private static final Instant FROM = TO.minusSeconds(30);

    private final AtomicInteger delivered = new AtomicInteger();
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
    private CamelContext context;
    /** The build turns JMX off for the other tests (see the pom); this one needs it. */
    private static final String JMX_DISABLED = "org.apache.camel.jmx.disabled";
    private static String jmxDisabled;
    private static long generated;

    @BeforeAll
    static void enableJmx() {
        jmxDisabled = System.clearProperty(JMX_DISABLED);
    }

    @AfterAll
    static void restoreJmxSetting() {
        if (jmxDisabled != null) {
            System.setProperty(JMX_DISABLED, jmxDisabled);
        }
    }

    @BeforeAll
    static void generateHalfAMinute() {
        SIM.simulator().control().generateHistory(FROM, TO);
        generated = SIM.simulator().control().positionsGenerated(1, FROM, TO);
    }

    @BeforeEach
    void streamHalfAMinuteOfPositions() throws Exception {
        context = ObservedContexts.start(SIM.simulator(), c -> {
        }, new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:locations/positions?venueId=1&size=100&delay=50&initialDelay=0&start="
                     + FROM.toEpochMilli() + "&end=" + TO.toEpochMilli()).routeId("positions")
                        .process(exchange -> delivered.incrementAndGet());
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered.get() == generated);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theConsoleShowsTokensConsumersAndCallsAsTextAndJsonWithoutSecrets() {
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("nextome");
        assertNotNull(console, "found through META-INF/services/org/apache/camel/dev-console/nextome");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("clientId: " + SIM.simulator().clientId()), text);
        assertTrue(text.contains("tokenExpiresAt: "), text);
        assertTrue(text.contains("routeId: positions"), text);
        assertTrue(text.contains("watermark: " + TO), text);
        assertTrue(text.contains("locations/positions: {2xx="), text);
        assertFalse(text.contains(SIM.simulator().clientSecret()) || text.contains("eyJ"), "no secret, no token");

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        Map<?, ?> credentials = (Map<?, ?>) ((List<?>) json.get("credentialSets")).get(0);
        assertEquals(SIM.simulator().clientId(), credentials.get("clientId"));
        assertEquals("success", credentials.get("lastAuthResult"));
        Map<?, ?> consumer = (Map<?, ?>) ((List<?>) json.get("consumers")).get(0);
        assertEquals(TO.toString(), consumer.get("watermark"));
        assertEquals(generated, ((Number) consumer.get("delivered")).longValue());
        assertEquals("success", consumer.get("lastPollResult"));
        assertTrue(((Number) json.get("requestsTotal")).longValue() > 0);
    }

    @Test
    void theMBeanShowsTheTokenTheConsumerAndTheCallCounts() throws Exception {
        ObjectName name = mbean();
        CompositeData credentials = single((TabularData) jmx.getAttribute(name, "CredentialSets"));
        assertEquals(SIM.simulator().clientId(), credentials.get("clientId"));
        assertEquals("success", credentials.get("lastAuthResult"));
        assertTrue(Instant.parse((String) credentials.get("tokenExpiresAt")).isAfter(Instant.now()));

        CompositeData consumer = single((TabularData) jmx.getAttribute(name, "Consumers"));
        assertEquals("positions", consumer.get("routeId"));
        assertEquals(TO.toString(), consumer.get("watermark"));
        assertTrue(Double.parseDouble((String) consumer.get("lagSeconds")) >= 120);
        assertEquals("success", consumer.get("lastPollResult"));
        assertTrue((Long) jmx.getAttribute(name, "RequestCount") > 0);
    }

    @Test
    void theConsumersSharedPoolIsAManagedThreadPool() throws Exception {
        // docs/consumer.md: listed with the context's thread pools, its ActiveCount tells whether it is too small
        Set<ObjectName> pools = jmx.queryNames(new ObjectName(
                "org.apache.camel:context=" + context.getManagementName() + ",type=threadpools,*"), null);
        ObjectName pool = pools.stream().filter(n -> n.getKeyProperty("name").startsWith("\"NextomeComponent(0x"))
                .findFirst().orElseThrow(() -> new AssertionError("no NextomeComponent pool in " + pools));
        assertEquals(10, jmx.getAttribute(pool, "CorePoolSize"));
        assertNotNull(jmx.getAttribute(pool, "ActiveCount"));
    }

    @Test
    void renewTokenAuthenticatesAgainNow() throws Exception {
        long before = SIM.simulator().control().authCalls();
        jmx.invoke(mbean(), "renewToken", new Object[] { SIM.simulator().clientId() },
                new String[] { String.class.getName() });
        assertEquals(before + 1, SIM.simulator().control().authCalls());
    }

    @Test
    void resettingTheWatermarkOfAStoppedConsumerReplaysFromThatTime() throws Exception {
        ObjectName name = mbean();
        String[] signature = { String.class.getName(), String.class.getName() };
        Exception running = assertThrows(Exception.class,
                () -> jmx.invoke(name, "resetWatermark", new Object[] { "positions", FROM.toString() }, signature));
        assertTrue(String.valueOf(rootCause(running).getMessage()).contains("stop or suspend it"), running.toString());

        context.getRouteController().stopRoute("positions");
        jmx.invoke(name, "resetWatermark", new Object[] { "positions", FROM.toString() }, signature);
        context.getRouteController().startRoute("positions");
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered.get() == 2 * generated);
        // the watermark moves past the last record once its exchange completed, just after the route counted it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(TO.toString(),
                single((TabularData) jmx.getAttribute(name, "Consumers")).get("watermark")));
        assertEquals(2 * generated, delivered.get(), "replayed once from the reset watermark");
    }

    private ObjectName mbean() throws Exception {
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:type=services,name=nextome,context="
                                                              + context.getManagementName()),
                null);
        assertEquals(1, names.size(), names::toString);
        return names.iterator().next();
    }

    private static CompositeData single(TabularData table) {
        assertEquals(1, table.size());
        return (CompositeData) table.values().iterator().next();
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
