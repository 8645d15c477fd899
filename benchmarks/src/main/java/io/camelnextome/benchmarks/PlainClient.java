package io.camelnextome.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.vertx.core.json.JsonObject;

/**
 * The baseline client: one JDK {@link HttpClient} (HTTP/1.1 keep-alive) and one token from a single manual
 * {@code POST /apps/auth}, as a hand-written integration would do it.
 */
final class PlainClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String authorization;

    PlainClient(String baseUrl, String clientId, String clientSecret) throws IOException, InterruptedException {
        this.baseUrl = baseUrl;
        String credentials = new JsonObject().put("clientId", clientId).put("clientSecret", clientSecret).encode();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/apps/auth"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST /apps/auth answered " + response.statusCode());
        }
        authorization = "Bearer " + new JsonObject(response.body()).getString("accessToken");
    }

    /** The {@code Authorization} header value, {@code Bearer <token>}. */
    String authorization() {
        return authorization;
    }

    /** GET of {@code path} (below the base URL) with the bearer token; the body is read as bytes. */
    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
