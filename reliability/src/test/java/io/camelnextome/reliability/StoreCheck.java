package io.camelnextome.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.simulator.NextomeSimulator;

/**
 * Reads what the simulator stored, with a plain HTTP client and no fault in force, independently of the component
 * under test.
 */
final class StoreCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreCheck() {
    }

    /** The trackables of venue 1, as {@code GET /trackables?venue=1} lists them. */
    static List<Map<String, Object>> trackables(NextomeSimulator simulator) throws IOException, InterruptedException {
        String credentials = JSON.writeValueAsString(Map.of("clientId", simulator.clientId(),
                "clientSecret", simulator.clientSecret()));
        HttpResponse<String> auth = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/apps/auth"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = (String) JSON.readValue(auth.body(), Map.class).get("accessToken");
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/trackables?venue=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200) {
            throw new IOException("GET /trackables?venue=1 answered " + list.statusCode() + ": " + list.body());
        }
        return JSON.readValue(list.body(), new TypeReference<>() {
        });
    }
}
