package io.camelnextome.nextome;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.camelnextome.nextome.console.NextomeSnapshot;
import io.camelnextome.nextome.health.NextomeHealthCheck;
import io.camelnextome.nextome.management.ManagedNextome;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.ObservedContexts;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway in front of Nextome may take its credential in the auth URL's query under a name Camel's list of secrets
 * does not hold ({@code api-key}, {@code key}, {@code subscription-key}, {@code sig}, {@code signature}, {@code code},
 * {@code token}, in any case): its value shows nowhere the auth URL is named (logs, the endpoint, the consumer's
 * name, the console, JMX, the meters' tags, the authentication error, the health check).
 */
class CredentialQueryKeysTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    /** Each name in a case of its own, as gateways and users write them. */
    private static final List<String> NAMES = List.of("api-key", "KEY", "Subscription-Key", "sig", "Signature",
            "code", "token");

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private PrintStream originalErr;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        context = ObservedContexts.start(SIM.simulator(), c -> c.getRegistry().bind("meters", meters));
    }

    @AfterEach
    void stop() {
        context.stop();
        System.setErr(originalErr);
    }

    private static String value(String name) {
        return "v4l-" + name.toLowerCase() + "-distinctive";
    }

    /** One key, percent-encoded rather than RAW: the endpoint's name shows it masked as it shows the rest. */
    @Test
    void aPercentEncodedAuthUrlIsMaskedInTheEndpointsName() {
        String authUrl = SIM.simulator().baseUrl() + "/apps/auth?Subscription-Key=" + value("subscription-key");
        Endpoint endpoint = context.getEndpoint("nextome:trackables/list?venueId=1&authUrl="
                                                + URLEncoder.encode(authUrl, StandardCharsets.UTF_8));
        assertTrue(endpoint.toString().contains("Subscription-Key%3Dxxxxxx"), endpoint.toString());
        assertFalse(endpoint.toString().contains(value("subscription-key")), endpoint.toString());
    }

    @Test
    void aCredentialKeyInTheAuthUrlsQueryShowsNowhere() throws Exception {
        String authUrl = SIM.simulator().baseUrl() + "/apps/auth?region=eu&"
                         + NAMES.stream().map(name -> name + "=" + value(name)).collect(Collectors.joining("&"));
        // RAW, as Camel reads a percent-encoded '&' in an option's value as the start of the next option
        String option = "&authUrl=RAW(" + authUrl + ")";
        ProducerTemplate template = context.createProducerTemplate();
        ConsumerTemplate consumer = context.createConsumerTemplate();

        // a consumer outside a route, named by its endpoint, with a token whose gauge is tagged with the auth URL
        Endpoint polled = context.getEndpoint("nextome:trackables/list?venueId=1&initialDelay=0" + option);
        assertNotNull(consumer.receiveBody(polled, 10_000));
        // a route's consumer whose handshake fails: Camel's "Failed polling endpoint" names the endpoint
        Endpoint failing = context.getEndpoint("nextome:trackables/list?venueId=2&initialDelay=0&maxRetries=0&clientId=other"
                                               + "&clientSecret=wrong" + option);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(failing).routeId("failing").to("mock:failing");
            }
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> captured.toString(StandardCharsets.UTF_8).contains("Failed polling endpoint"));
        Exception failure = assertThrows(Exception.class, () -> template.requestBody(
                "nextome:venues/get?id=1&maxRetries=0&clientId=other&clientSecret=wrong" + option, (Object) null));

        HealthCheck.Result health = HealthCheckRegistry.get(context).getCheck(NextomeHealthCheck.ID).orElseThrow()
                .call();
        ManagedNextome jmx = new ManagedNextome(NextomeMonitor.find(context));
        StringBuilder shown = new StringBuilder(captured.toString(StandardCharsets.UTF_8))
                .append(polled).append(failing)
                .append(((NextomeEndpoint) polled).getConfiguration())
                .append(NextomeSnapshot.of(NextomeMonitor.find(context)).toJson())
                .append(jmx.getCredentialSets()).append(jmx.getConsumers())
                .append(health.getMessage().orElse("")).append(health.getDetails());
        meters.getMeters().forEach(meter -> shown.append(meter.getId()));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            shown.append(t);
        }

        assertTrue(shown.indexOf("&api-key=xxxxxx") >= 0 && shown.indexOf("region=eu") >= 0
                   && shown.indexOf("auth.url") >= 0, shown.toString());
        for (String name : NAMES) {
            assertFalse(shown.indexOf(value(name)) >= 0, name + "'s value shows in: " + shown);
        }
    }
}
