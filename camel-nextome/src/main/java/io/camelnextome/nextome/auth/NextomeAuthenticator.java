package io.camelnextome.nextome.auth;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.http.MaskedUrl;
import io.camelnextome.nextome.http.HttpResult;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.http.NextomeHttpClient;
import io.camelnextome.nextome.http.NextomeTimeoutException;

/**
 * The Nextome handshake: {@code POST <authUrl>} with {@code {"clientId", "clientSecret"}}, answered by
 * {@code {"accessToken": ...}}. Errors name the client id and URL, never the secret.
 */
public final class NextomeAuthenticator implements TokenSource {

    private final NextomeHttpClient http;
    private final URI authUrl;
    private final String clientId;
    private final String clientSecret;
    private final long refreshMarginMillis;
    private final Supplier<ObjectMapper> mapper;

    /** @param mapper asked on the first handshake, so that an endpoint's start does not build the ObjectMapper */
    public NextomeAuthenticator(NextomeHttpClient http, String authUrl, String clientId, String clientSecret,
                                long refreshMarginMillis, Supplier<ObjectMapper> mapper) {
        if (clientId == null || clientSecret == null) {
            throw new NextomeAuthenticationException("Nextome cannot authenticate: the option "
                                                     + (clientId == null ? "clientId" : "clientSecret")
                                                     + " is not set (set clientId and clientSecret, or accessToken)");
        }
        this.http = http;
        this.authUrl = URI.create(authUrl);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshMarginMillis = refreshMarginMillis;
        this.mapper = mapper;
    }

    @Override
    public AccessToken acquire() {
        ObjectMapper mapper = this.mapper.get();
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("clientId", clientId);
        credentials.put("clientSecret", clientSecret);
        HttpResult response;
        long now = System.currentTimeMillis();
        try {
            response = http.send("POST", authUrl, mapper.writeValueAsBytes(credentials), null);
        } catch (IOException e) {
            IOException timeout = NextomeTimeoutException.of(failure(), e, http.settings());
            if (timeout != e) {
                throw new NextomeAuthenticationException(timeout.getMessage(), timeout);
            }
            throw new NextomeAuthenticationException(failure() + ": " + e.getClass().getSimpleName() + ": "
                                                     + mask(e.getMessage()), e);
        }
        if (!response.successful()) {
            String excerpt = NextomeApiException.excerpt(response.body(), clientSecret);
            throw new NextomeAuthenticationException(failure() + ": HTTP " + response.status()
                                                     + (excerpt.isEmpty() ? "" : ": " + excerpt), response.status(),
                    response.retryAfter());
        }
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException e) {
            throw new NextomeAuthenticationException(failure() + ": the response is not JSON");
        }
        JsonNode token = json == null ? null : json.get("accessToken");
        if (token == null || !token.isTextual() || token.asText().isEmpty()) {
            throw new NextomeAuthenticationException(failure() + ": the response has no accessToken");
        }
        String value = token.asText();
        return new AccessToken(value, now, TokenExpiry.expiresAtMillis(value, json, now, mapper), refreshMarginMillis);
    }

    /** Names the URL masked ({@link MaskedUrl}): a key in its query reaches the health check's message and the console. */
    private String failure() {
        return "Nextome authentication of client id '" + clientId + "' at " + MaskedUrl.of(authUrl.toString())
               + " failed";
    }

    private String mask(String message) {
        return message == null ? "" : message.replace(clientSecret, "******");
    }
}
