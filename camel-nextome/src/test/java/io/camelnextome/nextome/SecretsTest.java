package io.camelnextome.nextome;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.camelnextome.nextome.auth.AccessToken;
import io.camelnextome.nextome.console.NextomeSnapshot;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
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
 * Neither the client secret nor a token shows in a log line (everything logged during the test is captured,
 * the component at DEBUG), an exception message, an endpoint URI or a toString().
 */
class SecretsTest extends NextomeTestSupport {

    private static final String SECRET = "s3cr3t-Xq9-distinctive";
    private static final String GATEWAY_KEY = "g4t3w4y-K3y-distinctive";

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.clientSecret(SECRET));

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLogs() {
        System.setErr(originalErr);
    }

    @Test
    void noSecretInLogsExceptionsUrisOrToString() throws Exception {
        String token = new AuthenticationTestHandshake(sim.simulator()).token();
        Endpoint withSecret = context.getEndpoint("nextome:venues/get?id=1&clientSecret=" + SECRET);
        Endpoint withToken = context.getEndpoint("nextome:venues/get?id=1&maxRetries=1&accessToken=" + token);
        template.requestBody(withSecret, (Object) null);
        template.requestBody(withToken, (Object) null);
        sim.simulator().control().revokeAllTokens();
        template.requestBody(withSecret, (Object) null);
        Exception failure = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("nextome:venues/get?id=1&clientId=someone-else&clientSecret=" + SECRET + "-wrong", (Object) null));
        sim.simulator().control().failures(500, 1.0);
        Exception apiFailure = assertThrows(CamelExecutionException.class, () -> template.requestBody(withSecret, (Object) null));
        sim.simulator().control().clearFaults();
        context.stop();

        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("NextomeInvoker") || logs.contains("TokenManager"), "the component logged at DEBUG");
        // Camel keeps the URI as written in getEndpointUri(); what it shows (toString, logs) is sanitized
        StringBuilder everything = new StringBuilder(logs)
                .append(withSecret).append(withToken)
                .append(failure).append(failure.getCause())
                .append(apiFailure).append(apiFailure.getCause())
                .append(((NextomeEndpoint) withSecret).getConfiguration())
                .append(((NextomeEndpoint) withToken).getConfiguration())
                .append(new AccessToken(token, 0, 1000, 0));
        assertFalse(logs.contains(SECRET), "the client secret leaked in the logs");
        assertFalse(everything.toString().contains(SECRET), "the client secret leaked");
        assertFalse(everything.toString().contains(token), "the access token leaked");
    }

    /**
     * A consumer outside a route (a ConsumerTemplate, pollEnrich) has no route id: the console, JMX and the meters'
     * {@code consumer} tag name it by its endpoint, without the secret the URI holds.
     */
    @Test
    void aConsumerOutsideARouteIsNamedWithoutTheSecret() {
        assertNotNull(consumer.receiveBody("nextome:trackables/list?venueId=1&clientSecret=" + SECRET, 10_000));
        String snapshot = NextomeSnapshot.of(NextomeMonitor.find(context)).toJson();
        assertTrue(snapshot.contains("clientSecret=xxxxxx"), snapshot);
        assertFalse(snapshot.contains(SECRET), snapshot);
    }

    /**
     * A gateway key in the auth URL of such a consumer's URI is masked in its name too: Camel keeps that URL
     * percent-encoded in the endpoint key, where masking URIs finds no {@code apiKey=} to hide.
     */
    @Test
    void aKeyInTheAuthUrlOfAConsumerOutsideARouteIsMaskedInItsName() {
        String authUrl = sim.simulator().baseUrl() + "/apps/auth?apiKey=" + GATEWAY_KEY;
        assertNotNull(consumer.receiveBody("nextome:trackables/list?venueId=1&authUrl="
                                           + URLEncoder.encode(authUrl, StandardCharsets.UTF_8), 10_000));
        String snapshot = NextomeSnapshot.of(NextomeMonitor.find(context)).toJson();
        assertTrue(snapshot.contains("apiKey%3Dxxxxxx"), snapshot);
        assertFalse(snapshot.contains(GATEWAY_KEY), snapshot);
    }

    /**
     * Nor does the endpoint show it where it names itself (Camel's "Failed polling endpoint" warning of a route's
     * consumer, whose auth URL's gateway rejects the handshake here).
     */
    @Test
    void aKeyInTheAuthUrlShowsInNoLogOfAFailedPoll() throws Exception {
        String authUrl = sim.simulator().baseUrl() + "/apps/auth?apiKey=" + GATEWAY_KEY;
        Endpoint endpoint = context.getEndpoint("nextome:trackables/list?venueId=1&maxRetries=0&clientSecret=wrong"
                                                + "&authUrl=" + authUrl);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint).routeId("gateway").to("mock:gateway");
            }
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> captured.toString(StandardCharsets.UTF_8).contains("Failed polling endpoint"));
        String logs = captured.toString(StandardCharsets.UTF_8) + endpoint;
        assertTrue(logs.contains("apiKey%3Dxxxxxx"), logs);
        assertFalse(logs.contains(GATEWAY_KEY), logs);
    }

    /**
     * A password in the base URL's user info shows in no error of an API call, not even when the rest of the URL is
     * not valid (a port that is not a number): the component names the URL without it.
     */
    @Test
    void noUserInfoPasswordInTheErrorOfAnInvalidBaseUrl() {
        NextomeComponent component = new NextomeComponent();
        component.getConfiguration().setBaseUrl("http://someone:" + SECRET + "@127.0.0.1:not-a-port");
        component.getConfiguration().setAuthUrl(sim.simulator().baseUrl() + "/apps/auth");
        component.getConfiguration().setClientId(sim.simulator().clientId());
        component.getConfiguration().setClientSecret(sim.simulator().clientSecret());

        // refused when the component starts (added to a started context)
        String chain = logsAndCauses(assertThrows(Exception.class, () -> {
            context.addComponent("nextome-userinfo", component);
            template.requestBody("nextome-userinfo:venues/get?id=1&maxRetries=0", (Object) null);
        }));
        assertFalse(chain.contains(SECRET), "the base URL's password leaked: " + chain);
    }

    /** The captured logs and every message of the failure's chain. */
    private String logsAndCauses(Exception failure) {
        StringBuilder chain = new StringBuilder(captured.toString(StandardCharsets.UTF_8));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.append(t).append('\n');
        }
        return chain.toString();
    }

    /**
     * User info in baseUrl (no authUrl set, so the handshake's URL would carry it too) is refused before anything is
     * sent, by an error that names the option and shows the URL without the password.
     */
    @Test
    void userInfoInTheBaseUrlIsRefusedWithoutShowingIt() {
        String hostAndPort = sim.simulator().baseUrl().substring("http://".length());
        NextomeComponent component = new NextomeComponent();
        component.getConfiguration().setBaseUrl("http://someone:" + SECRET + "@" + hostAndPort);
        component.getConfiguration().setClientId(sim.simulator().clientId());
        component.getConfiguration().setClientSecret(sim.simulator().clientSecret());
        long requests = sim.simulator().control().totalRequests() + sim.simulator().control().authCalls();

        String chain = logsAndCauses(assertThrows(Exception.class, () -> {
            context.addComponent("nextome-userinfo-base", component);
            template.requestBody("nextome-userinfo-base:venues/get?id=1", (Object) null);
        }));
        assertFalse(chain.contains(SECRET), "the base URL's password leaked: " + chain);
        assertTrue(chain.contains("Option 'baseUrl' must not hold user info")
                   && chain.contains("'http://" + hostAndPort + "'"), chain);
        assertEquals(requests, sim.simulator().control().totalRequests() + sim.simulator().control().authCalls(),
                "nothing was sent");
    }
}
