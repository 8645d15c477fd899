package io.camelnextome.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The limit of the component's own transport: one pooled Apache HttpClient 5 (classic, as the component uses it),
 * one token from a single {@code POST /apps/auth}, and Jackson reading each response stream straight into the
 * result class. Nothing else: no options, no retries, no token renewal.
 */
final class RawHttpClient5 implements AutoCloseable {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final CloseableHttpClient http;
    private final String baseUrl;
    private final String token;
    private final String authorization;

    RawHttpClient5(String baseUrl, String clientId, String clientSecret, int connections) throws IOException {
        this.baseUrl = baseUrl;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();
        HttpPost auth = new HttpPost(baseUrl + "/apps/auth");
        auth.setEntity(new ByteArrayEntity(MAPPER.writeValueAsBytes(Map.of("clientId", clientId, "clientSecret",
                clientSecret)), ContentType.APPLICATION_JSON));
        this.token = http.execute(auth, response -> {
            if (response.getCode() != 200) {
                throw new IOException("POST /apps/auth answered " + response.getCode());
            }
            return MAPPER.readTree(response.getEntity().getContent()).get("accessToken").asText();
        });
        this.authorization = "Bearer " + token;
    }

    /** The access token of the one handshake. */
    String token() {
        return token;
    }

    /** A reader of responses into {@code type}, prepared once as a careful user would. */
    static ObjectReader reader(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    /** A reader of JSON arrays of {@code elementType}. */
    static ObjectReader listReader(Class<?> elementType) {
        return MAPPER.readerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    /** GET of {@code path} below the base URL, read by {@code reader}; null unless the status is 200. */
    <T> T get(String path, ObjectReader reader) throws IOException {
        HttpGet get = new HttpGet(baseUrl + path);
        get.setHeader("Authorization", authorization);
        get.setHeader("Accept", "application/json");
        return http.execute(get, response -> response.getCode() == 200
                ? reader.readValue(response.getEntity().getContent()) : null);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
