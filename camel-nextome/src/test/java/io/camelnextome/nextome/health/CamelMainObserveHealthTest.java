package io.camelnextome.nextome.health;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator sees at Camel Main's management server ({@code camel.management.*}, camel-platform-http-main):
 * {@code /observe/health} is DOWN while the credentials fail, with the Nextome check's details, and a consumer
 * whose polls fail makes its route DOWN with the reason (Camel's scheduled-poll consumer check); the dev console
 * {@code nextome} is served at {@code /q/dev/nextome}.
 */
class CamelMainObserveHealthTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final HttpClient http = HttpClient.newHttpClient();
    private Main main;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        main = new Main();
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", "127.0.0.1");
        main.addInitialProperty("camel.management.port", Integer.toString(port));
        main.addInitialProperty("camel.management.healthCheckEnabled", "true");
        main.addInitialProperty("camel.health.exposureLevel", "full");
        main.addInitialProperty("camel.management.devConsoleEnabled", "true");
        main.addInitialProperty("camel.main.devConsoleEnabled", "true");
        main.addInitialProperty("camel.component.nextome.baseUrl", SIM.simulator().baseUrl());
        main.addInitialProperty("camel.component.nextome.clientId", SIM.simulator().clientId());
        main.addInitialProperty("camel.component.nextome.clientSecret", SIM.simulator().clientSecret());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:venues/get?id=4711&delay=100&initialDelay=0&maxRetries=0").routeId("missing-venue")
                        .to("log:venue");
            }
        });
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
    }

    @Test
    void observeHealthShowsTheFailingCredentialsAndTheFailingConsumer() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> health("").body().contains("consumer:missing-venue"));
        HttpResponse<String> before = health("");
        assertTrue(before.body().matches("(?s).*\"name\": ?\"nextome\",\\s*\"status\": ?\"UP\".*"), before.body());
        assertTrue(before.body().contains("HTTP 404"), "the consumer's failure: " + before.body());

        // another app: the demo client's token is shared by every endpoint of the context, whatever their secret
        assertThrows(CamelExecutionException.class, () -> main.getCamelContext().createProducerTemplate().requestBody(
                "nextome:venues/get?id=1&clientId=unknown-app&clientSecret=wrong-secret-4711", (Object) null));
        HttpResponse<String> after = health("?data=true");
        assertEquals(503, after.statusCode());
        assertTrue(after.body().matches("(?s).*\"name\": ?\"nextome\",\\s*\"status\": ?\"DOWN\".*"), after.body());
        assertTrue(after.body().matches("(?s).*\"client.id\": ?\"unknown-app\".*"), after.body());
        assertTrue(after.body().matches("(?s).*\"http.status\": ?\"?401.*"), after.body());
        assertFalse(after.body().contains("wrong-secret-4711"), after.body());
    }

    @Test
    void theNextomeDevConsoleIsServedByTheManagementServer() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/q/dev/nextome").body().contains("routeId"));
        String console = get("/q/dev/nextome").body();
        assertTrue(console.contains("missing-venue"), console);
        assertTrue(console.contains(SIM.simulator().clientId()), console);
        assertFalse(console.contains(SIM.simulator().clientSecret()), console);
    }

    private HttpResponse<String> health(String query) throws Exception {
        return get("/observe/health" + query);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
