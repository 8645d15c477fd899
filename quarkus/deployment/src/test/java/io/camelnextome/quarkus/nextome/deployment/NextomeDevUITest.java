package io.camelnextome.quarkus.nextome.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.devui.tests.DevUIJsonRPCTest;
import io.quarkus.test.QuarkusDevModeTest;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev mode, as {@code quarkus dev} runs it, with a route streaming positions from the Dev Services simulator: the
 * extension's Dev UI page is served, and its JSON-RPC service answers what the {@code nextome} console shows (the
 * credential set without its secret, the consumer with its watermark, lag and last poll, the calls).
 */
public class NextomeDevUITest extends DevUIJsonRPCTest {

    private static final String SECRET = "devui-secret-4711";
    /** Dev mode does not publish the port it bound for 0: the test takes a free one on loopback and gives it. */
    private static final int PORT = freeLoopbackPort();

    @RegisterExtension
    static final QuarkusDevModeTest DEV = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(PositionStream.class)
                    .addAsResource(new StringAsset("""
                            quarkus.http.host=127.0.0.1
                            quarkus.http.port=%d
                            camel.component.nextome.clientId=dev-team
                            camel.component.nextome.clientSecret=%s
                            """.formatted(PORT, SECRET)), "application.properties"));

    public NextomeDevUITest() {
        super("camel-quarkus-nextome", "http://127.0.0.1:" + PORT);
    }

    @Test
    void theDevUiPageShowsTheCredentialSetTheConsumerAndTheCallsWithoutTheSecret() throws Exception {
        JsonNode snapshot = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> executeJsonRPCMethod("getSnapshot"),
                        json -> json.path("consumers").path(0).hasNonNull("watermark"));

        assertFalse(snapshot.toString().contains(SECRET), snapshot.toString());
        JsonNode credentials = snapshot.get("credentialSets").get(0);
        assertEquals("dev-team", credentials.get("clientId").asText());
        assertEquals("success", credentials.get("lastAuthResult").asText());
        assertTrue(credentials.hasNonNull("tokenExpiresAt"), snapshot.toString());

        JsonNode consumer = snapshot.get("consumers").get(0);
        assertEquals("position-stream", consumer.get("routeId").asText());
        assertEquals("locations/positions", consumer.get("operation").asText());
        assertEquals("success", consumer.get("lastPollResult").asText());
        assertTrue(consumer.get("lagSeconds").asDouble() >= 0, snapshot.toString());

        assertTrue(snapshot.get("requests").get("locations/positions").get("2xx").asLong() > 0, snapshot.toString());
        assertTrue(snapshot.get("requestsTotal").asLong() > 0, snapshot.toString());

        // the page that shows it (one test method: dev mode starts the application anew for each)
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + PORT + "/q/dev-ui/camel-quarkus-nextome/" + NextomeDevUIProcessor.COMPONENT))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("customElements.define('qwc-nextome-console'"), page.body());
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A position stream from the simulator that Dev Services start (the application names no Nextome). */
    public static class PositionStream extends RouteBuilder {
        @Override
        public void configure() {
            from("nextome:locations/positions?venueId=1&initialDelay=0&delay=200").routeId("position-stream")
                    .log(LoggingLevel.DEBUG, "${body}");
        }
    }
}
