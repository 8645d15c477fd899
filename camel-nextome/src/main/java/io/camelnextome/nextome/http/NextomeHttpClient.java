package io.camelnextome.nextome.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.util.function.Suppliers;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.CookieSpecFactory;
import org.apache.hc.client5.http.impl.CookieSpecSupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled Apache HttpClient 5 with keep-alive connections. It never retries nor follows redirects on its own:
 * retries are decided by {@link RetryPolicy} (so a POST is never sent twice), and a redirect must not carry the
 * bearer token to another host.
 * <p>
 * The Apache client and its pool are built on the first request, not in the constructor: building them takes a
 * noticeable part of a second, which would otherwise be paid at start-up for every distinct set of transport
 * options, used or not. The default TLS is built later still, on the first https connection
 * ({@link LazyTlsSocketStrategy}).
 */
public final class NextomeHttpClient implements Closeable {

    private static final byte[] EMPTY = new byte[0];
    /** Immutable, so one for every request. */
    private static final Header ACCEPT_JSON = new BasicHeader(HttpHeaders.ACCEPT, "application/json");
    /** HttpClient 5's default cookie specs, built on the first lookup: cookie management is off, so never. */
    private static final Supplier<Lookup<CookieSpecFactory>> COOKIE_SPECS
            = Suppliers.memorize(CookieSpecSupport::createDefault);

    private final TransportSettings settings;
    private final Object lock = new Object();
    private volatile CloseableHttpClient client;
    private boolean closed;
    /** The Authorization header of the token last sent, so that a call does not make it anew. */
    private volatile Authorization lastAuthorization;

    private record Authorization(String token, Header header) {
    }

    public NextomeHttpClient(TransportSettings settings) {
        this.settings = settings;
    }

    /** The options this client was built with. */
    public TransportSettings settings() {
        return settings;
    }

    /** The Apache client, built by the first caller; an error once {@link #close()} was called. */
    private CloseableHttpClient client() {
        CloseableHttpClient current = client;
        if (current != null) {
            return current;
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The Nextome HTTP client is closed (its component was stopped)");
            }
            if (client == null) {
                client = build(settings);
            }
            return client;
        }
    }

    private static CloseableHttpClient build(TransportSettings settings) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxTotalConnections())
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        // check a connection idle for a while before reusing it, so a stale one does not fail a POST
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        pool.setTlsSocketStrategy(settings.sslContext() == null ? new LazyTlsSocketStrategy()
                : ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildClassic());
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectionRequestTimeoutMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                // the builder would build the default specs and with them parse the public-suffix list (1.7 MiB)
                .setDefaultCookieSpecRegistry(name -> COOKIE_SPECS.get().lookup(name))
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort()));
        }
        if (settings.configurer() != null) {
            settings.configurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    /** Reads a successful response's body from the connection, as it arrives. */
    @FunctionalInterface
    public interface BodyReader {
        Object read(InputStream body) throws IOException;
    }

    /**
     * Sends one request and reads the whole response.
     *
     * @param json        the JSON body, or null for none
     * @param bearerToken the access token, or null for none
     */
    public HttpResult send(String method, URI uri, byte[] json, String bearerToken) throws IOException {
        return send(method, uri, json, bearerToken, null);
    }

    /**
     * {@link #send(String, URI, byte[], String)}, with a successful (2xx) body read by {@code successBody} straight
     * from the connection into {@link HttpResult#value()}, so that a page of records is never held as bytes too.
     * JSON it cannot read is returned as {@link HttpResult#unreadable()}, not thrown: it is no transport failure to
     * retry. Any other body is read in full, for the status handling and the error message.
     */
    public HttpResult send(String method, URI uri, byte[] json, String bearerToken, BodyReader successBody)
            throws IOException {
        return execute(new BasicClassicHttpRequest(method, uri), json(json), bearerToken, successBody);
    }

    /** A JSON request body of {@code json}; null for null. */
    public static HttpEntity json(byte[] json) {
        return json == null ? null : new ByteArrayEntity(json, ContentType.APPLICATION_JSON);
    }

    /**
     * {@link #send(String, URI, byte[], String, BodyReader)} of {@code path} (with its query) at {@code origin}: the
     * same request, without parsing a URL on every call; {@code json} is a repeatable entity (a request may be sent
     * again after a 401), or null.
     */
    public HttpResult send(String method, Origin origin, String path, HttpEntity json, String bearerToken,
                           BodyReader successBody) throws IOException {
        return execute(new BasicClassicHttpRequest(method, origin.scheme(), origin.authority(), path), json,
                bearerToken, successBody);
    }

    /**
     * The scheme and authority of a URL, taken apart once as {@code BasicClassicHttpRequest(method, URI)} does on
     * every request.
     */
    public record Origin(String scheme, URIAuthority authority) {

        public static Origin of(URI uri) {
            URIAuthority authority;
            try {
                authority = authority(uri);
            } catch (URISyntaxException e) {
                // neither the URL nor the parser's message: both carry the user info, which may hold a password
                String hostAndPort = uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
                throw new IllegalArgumentException("Not a valid URL: '" + uri.getScheme() + "://" + hostAndPort + "' ("
                                                   + e.getReason() + ")");
            }
            return new Origin(uri.getScheme(), authority);
        }

        /**
         * The authority of {@code uri} as requests carry it, or null: also one that java.net.URI does not take for a
         * server's, e.g. a host name with '_' (a Docker Compose service).
         *
         * @throws IllegalArgumentException for a port out of range
         */
        static URIAuthority authority(URI uri) throws URISyntaxException {
            return uri.getHost() != null ? new URIAuthority(uri.getRawUserInfo(), uri.getHost(), uri.getPort())
                    : uri.getRawAuthority() != null ? URIAuthority.create(uri.getRawAuthority()) : null;
        }

        /** The path and query of {@code uri} as a request line carries them ("/" for an empty path). */
        public static String requestPath(URI uri) {
            String path = uri.getRawPath() == null || uri.getRawPath().isBlank() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + '?' + uri.getRawQuery();
        }
    }

    private HttpResult execute(ClassicHttpRequest request, HttpEntity json, String bearerToken,
                               BodyReader successBody) throws IOException {
        request.setHeader(ACCEPT_JSON);
        if (bearerToken != null) {
            request.setHeader(authorization(bearerToken));
        }
        if (json != null) {
            request.setEntity(json);
        }
        return client().execute(request, response -> {
            HttpEntity entity = response.getEntity();
            int status = response.getCode();
            if (successBody != null && status >= 200 && status < 300) {
                Object value = null;
                JsonProcessingException unreadable = null;
                try (InputStream content = content(entity)) {
                    value = successBody.read(content);
                } catch (JsonProcessingException e) {
                    unreadable = e;
                }
                return new HttpResult(status, EMPTY, null, value, unreadable);
            }
            // Retry-After only matters to a response that may be retried (429, 5xx): a success is not searched for it
            Header retryAfter = status >= 200 && status < 300 ? null : response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            return new HttpResult(status, readBody(entity), retryAfter == null ? null : retryAfter.getValue());
        });
    }

    /** The Authorization header of {@code bearerToken}: the last one made is kept, as the token rarely changes. */
    private Header authorization(String bearerToken) {
        Authorization last = lastAuthorization;
        if (last != null && last.token() == bearerToken) {
            return last.header();
        }
        Authorization made = new Authorization(bearerToken,
                new BasicHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken));
        lastAuthorization = made;
        return made.header();
    }

    private static InputStream content(HttpEntity entity) throws IOException {
        InputStream content = entity == null ? null : entity.getContent();
        return content == null ? InputStream.nullInputStream() : content;
    }

    /**
     * The whole body. With a Content-Length it is read straight into an array of that size, where
     * {@code EntityUtils.toByteArray} would fill a 4 KiB scratch buffer and copy the body twice on every call.
     */
    static byte[] readBody(HttpEntity entity) throws IOException {
        if (entity == null) {
            return EMPTY;
        }
        try (InputStream content = entity.getContent()) {
            if (content == null) {
                return EMPTY;
            }
            long length = entity.getContentLength();
            if (length < 0 || length > Integer.MAX_VALUE - 8) {
                return content.readAllBytes();
            }
            byte[] body = new byte[(int) length];
            int read = content.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        }
    }

    @Override
    public void close() throws IOException {
        CloseableHttpClient built;
        synchronized (lock) {
            closed = true;
            built = client;
            client = null;
        }
        if (built != null) {
            built.close();
        }
    }
}
