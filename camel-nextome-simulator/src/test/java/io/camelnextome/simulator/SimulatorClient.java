package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain JDK HTTP client for the tests: authenticates once, then sends requests with the bearer token. */
final class SimulatorClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final NextomeSimulator simulator;
    private String token;

    SimulatorClient(NextomeSimulator simulator) {
        this.simulator = simulator;
    }

    /** POST /apps/auth with the simulator's credentials; returns the access token. */
    String authenticate() {
        Reply reply = send("POST", "/apps/auth", new JsonObject().put("clientId", simulator.clientId())
                .put("clientSecret", simulator.clientSecret()).encode(), null);
        if (reply.status() != 200) {
            throw new AssertionError("authentication failed: " + reply);
        }
        token = reply.json().getString("accessToken");
        return token;
    }

    Reply get(String path) {
        return send("GET", path, null, token());
    }

    Reply post(String path, Object body) {
        return send("POST", path, body == null ? null : body.toString(), token());
    }

    Reply put(String path, Object body) {
        return send("PUT", path, body == null ? null : body.toString(), token());
    }

    Reply delete(String path) {
        return send("DELETE", path, null, token());
    }

    /** POST of bytes as they are, with the given Content-Type (a client writing another charset than UTF-8). */
    Reply post(String path, byte[] body, String contentType) {
        return send("POST", path, body, contentType, token());
    }

    /** Any request; {@code bearer} null sends no Authorization header. */
    Reply send(String method, String path, String body, String bearer) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), "application/json", bearer);
    }

    private Reply send(String method, String path, byte[] body, String contentType, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        return token != null ? token : authenticate();
    }

    record Reply(int status, String body, HttpResponse<String> response) {

        JsonObject json() {
            return new JsonObject(body);
        }

        JsonArray array() {
            return new JsonArray(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
