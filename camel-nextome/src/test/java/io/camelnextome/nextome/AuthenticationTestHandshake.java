package io.camelnextome.nextome;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.camelnextome.simulator.NextomeSimulator;

/** Performs the Nextome handshake with the JDK client, to obtain a token the way a user would. */
final class AuthenticationTestHandshake {

    private final NextomeSimulator simulator;

    AuthenticationTestHandshake(NextomeSimulator simulator) {
        this.simulator = simulator;
    }

    String token() throws Exception {
        String credentials = "{\"clientId\":\"" + simulator.clientId() + "\",\"clientSecret\":\""
                             + simulator.clientSecret() + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/apps/auth"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(),
                HttpResponse.BodyHandlers.ofString());
        return NextomeJson.MAPPER.readTree(response.body()).get("accessToken").asText();
    }
}
