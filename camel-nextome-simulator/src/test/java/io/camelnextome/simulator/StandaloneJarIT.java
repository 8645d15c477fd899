package io.camelnextome.simulator;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone jar, run as a user runs it: {@code java -jar camel-nextome-simulator-<v>-standalone.jar --port=<p>}
 * in a process of its own, with nothing else on its classpath.
 */
class StandaloneJarIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void runsWithJavaJarAndServesTheApi() throws Exception {
        Path jar = Path.of(System.getProperty("standalone.jar", "target/standalone.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged: " + jar);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port=" + port, "--historyMinutes=2")
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(process, output), "standalone-simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String baseUrl = "http://127.0.0.1:" + port;
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !process.isAlive() || output.contains("Nextome simulator listening on " + baseUrl));
            assertTrue(process.isAlive(), () -> "the simulator exited: " + output);

            HttpResponse<String> auth = send(HttpRequest.newBuilder(URI.create(baseUrl + "/apps/auth"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"demo-client\",\"clientSecret\":\"demo-secret\"}")));
            assertEquals(200, auth.statusCode(), auth::body);
            String token = new JsonObject(auth.body()).getString("accessToken");

            HttpResponse<String> provider = send(HttpRequest.newBuilder(URI.create(baseUrl + "/providers/1"))
                    .header("Authorization", "Bearer " + token));
            assertEquals(200, provider.statusCode(), provider::body);
            assertEquals(99, new JsonObject(provider.body()).getInteger("battery"),
                    "two minutes of history leave the seeded battery level, as the embedded default does");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void read(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
