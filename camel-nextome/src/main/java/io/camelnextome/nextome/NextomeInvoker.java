package io.camelnextome.nextome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelnextome.nextome.auth.Handshake;
import io.camelnextome.nextome.auth.NextomeAuthenticationException;
import io.camelnextome.nextome.body.JsonBodyWriter;
import io.camelnextome.nextome.auth.TokenManager;
import io.camelnextome.nextome.http.HttpMethods;
import io.camelnextome.nextome.http.HttpResult;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.http.NextomeHttpClient;
import io.camelnextome.nextome.http.NextomeTimeoutException;
import io.camelnextome.nextome.http.RetryPolicy;
import io.camelnextome.nextome.observe.CredentialSet;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.RequestRecorder;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.OperationOption;
import io.camelnextome.nextome.operation.OptionValues;
import io.camelnextome.nextome.operation.UrlEncoding;
import org.apache.camel.util.function.Suppliers;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs the calls of one endpoint: checks the options, builds the URL, converts the body, attaches the token
 * when the request is sent, retries, re-authenticates once after a 401 and converts the result. Everything that
 * does not change between calls (Jackson readers and writers, the base URI) is prepared once.
 */
final class NextomeInvoker {

    private static final Logger LOG = LoggerFactory.getLogger(NextomeInvoker.class);

    /** Who sends a request with a token: the managed token of the app, or a fixed token. */
    interface Credentials {
        /** @param stopRequested true once the caller stops: a handshake is not retried then */
        String token(BooleanSupplier stopRequested);

        /** The API rejected {@code token} with 401; returns true when a new token is worth one more try. */
        boolean rejected(String token);

        /** Strings to mask in error messages. */
        String[] secrets();
    }

    private final NextomeOperation operation;
    private final String label;
    private final String baseUrl;
    private final URI baseUri;
    /** The scheme and host of every operation's request, and the path they go below, parsed once. */
    private final NextomeHttpClient.Origin origin;
    private final String basePath;
    private final NextomeHttpClient http;
    private final RetryPolicy retryPolicy;
    private final Credentials credentials;
    private final Class<?> rawOutputClass;
    /**
     * Built by the first call rather than when the endpoint starts: building it makes Jackson introspect the DTOs
     * (some 250 classes loaded, 100 ms of CPU), which a route needs only once it calls, not before the app reports
     * started.
     */
    private final Supplier<Codec> codec;
    private final NextomeMonitor monitor;
    /** Told of each call's outcome, retry and rejected token: the monitor's counters of this operation. */
    private final RequestRecorder recorder;
    private final CredentialSet credentialSet;

    /**
     * @param operation      the operation, or null for {@code nextome:raw}
     * @param rawOutputClass for {@code nextome:raw}: the result class, or null for a String
     * @param monitor        told of each call's outcome, retry and rejected token
     * @param credentialSet  whose tokens {@code credentials} hands out, for the monitor
     */
    NextomeInvoker(NextomeOperation operation, String baseUrl, NextomeHttpClient http, RetryPolicy retryPolicy,
                   Credentials credentials, Class<?> rawOutputClass, NextomeMonitor monitor,
                   CredentialSet credentialSet) {
        this.operation = operation;
        this.label = "nextome:" + (operation == null ? "raw" : operation.name());
        this.baseUrl = NextomeConfiguration.stripTrailingSlash(baseUrl);
        this.baseUri = URI.create(this.baseUrl);
        this.origin = NextomeHttpClient.Origin.of(baseUri);
        this.basePath = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        this.http = http;
        this.retryPolicy = retryPolicy;
        this.credentials = credentials;
        this.rawOutputClass = rawOutputClass;
        this.monitor = monitor;
        this.recorder = monitor.recorder(credentialSet, operation == null ? NextomeEndpoint.RAW : operation.name());
        this.credentialSet = credentialSet;
        this.codec = Suppliers.memorize(() -> new Codec(operation, label, rawOutputClass));
    }

    /** The Jackson reader and writer of the operation's result and body. */
    private static final class Codec {

        private final JsonBodyWriter bodyWriter;
        private final ObjectReader resultReader;
        /** Reads a successful typed result as it arrives (any type but String, which may come as plain text). */
        private final NextomeHttpClient.BodyReader streamedResult;

        Codec(NextomeOperation operation, String label, Class<?> rawOutputClass) {
            bodyWriter = operation != null && operation.bodyType() != null
                    ? new JsonBodyWriter(label, operation.bodyType(), NextomeJson.MAPPER) : null;
            resultReader = operation != null && operation.resultType() != null
                    ? NextomeJson.MAPPER.readerFor(operation.resultType())
                    : rawOutputClass != null ? NextomeJson.MAPPER.readerFor(rawOutputClass) : null;
            streamedResult = operation != null && operation.resultType() != null
                             && operation.resultType().getRawClass() != String.class
                    ? content -> NextomeJson.read(resultReader, content) : null;
        }
    }

    /** An invoker of another catalog operation with this one's base URL, HTTP client, retries and credentials. */
    NextomeInvoker forOperation(NextomeOperation other) {
        return new NextomeInvoker(other, baseUrl, http, retryPolicy, credentials, null, monitor, credentialSet);
    }

    /** Credentials managed by a shared {@link TokenManager}, acquiring through {@code handshake}. */
    static Credentials managed(TokenManager tokens, Handshake handshake, String clientSecret) {
        return new Credentials() {
            @Override
            public String token(BooleanSupplier stopRequested) {
                return tokens.token(handshake, stopRequested);
            }

            @Override
            public boolean rejected(String token) {
                tokens.invalidate(token);
                return true;
            }

            @Override
            public String[] secrets() {
                return new String[] { clientSecret };
            }
        };
    }

    /** A fixed access token: a 401 cannot be cured by the component. */
    static Credentials fixed(String accessToken) {
        return new Credentials() {
            @Override
            public String token(BooleanSupplier stopRequested) {
                return accessToken;
            }

            @Override
            public boolean rejected(String token) {
                throw new NextomeAuthenticationException(
                        "The Nextome API rejected the configured accessToken (HTTP 401)");
            }

            @Override
            public String[] secrets() {
                return new String[] { accessToken };
            }
        };
    }

    NextomeResult invoke(Map<String, Object> options, Object body) throws IOException {
        return invoke(options, body, () -> false);
    }

    /** @param stopRequested true once the caller (a consumer) stops: no retry is started or waited for then */
    NextomeResult invoke(Map<String, Object> options, Object body, BooleanSupplier stopRequested) throws IOException {
        if (operation == null) {
            return invokeRaw(options, body, stopRequested);
        }
        Map<String, Object> values = OptionValues.check(operation, options, true);
        // path values are percent-encoded and query values form-encoded: the path needs no parsing as a URL
        String path = appendQuery(operation.expandPath(basePath, values), values).toString();
        Codec codec = this.codec.get();
        HttpEntity json = codec.bodyWriter == null ? null : codec.bodyWriter.write(body);
        HttpResult response = exchange(operation.httpMethod(), origin, path, json, codec.streamedResult, stopRequested);
        if (response.unreadable() != null) {
            // Jackson's message names neither the call nor the type it expected
            throw new IOException(label + ": HTTP " + response.status() + " with a body that is not "
                                  + operation.resultType().toCanonical() + ": " + response.unreadable().getMessage(),
                    response.unreadable());
        }
        Object result = operation.resultType() == null ? null
                : codec.streamedResult != null ? response.value()
                : NextomeJson.read(codec.resultReader, operation.resultType(), response.body());
        return new NextomeResult(response.status(), result);
    }

    private StringBuilder appendQuery(StringBuilder target, Map<String, Object> values) {
        char separator = '?';
        List<OperationOption> options = operation.options();
        // an index loop: a for-each over the immutable list would allocate an iterator on every call
        for (int i = 0; i < options.size(); i++) {
            OperationOption option = options.get(i);
            Object value = values.get(option.name());
            if (option.location() == OperationOption.Location.QUERY && value != null) {
                target.append(separator).append(option.wireName()).append('=')
                        .append(UrlEncoding.formValue(value.toString()));
                separator = '&';
            }
        }
        return target;
    }

    private NextomeResult invokeRaw(Map<String, Object> options, Object body, BooleanSupplier stopRequested)
            throws IOException {
        OptionValues.requireSingle(label, "httpMethod", options.get("httpMethod"));
        OptionValues.requireSingle(label, "path", options.get("path"));
        String method = HttpMethods.of(options.get("httpMethod"));
        Object path = options.get("path");
        if (path == null || path.toString().isBlank()) {
            throw new IllegalArgumentException("Missing required option 'path' for nextome:raw: set it on the "
                                               + "endpoint or in the header " + NextomeConstants.PATH);
        }
        URI uri = rawUri(path.toString());
        HttpResult response = exchange(method, NextomeHttpClient.Origin.of(uri),
                NextomeHttpClient.Origin.requestPath(uri), NextomeHttpClient.json(rawBody(body, method, path)), null,
                stopRequested);
        ObjectReader resultReader = codec.get().resultReader;
        Object result = !response.hasBody() ? null
                : resultReader == null ? response.bodyAsString() : resultReader.readValue(response.body());
        return new NextomeResult(response.status(), result);
    }

    /** A path below baseUrl, or an absolute URL on baseUrl's host: the token never goes anywhere else. */
    private URI rawUri(String path) {
        URI uri;
        try {
            uri = path.contains("://") ? URI.create(path)
                    : URI.create(baseUrl + (path.startsWith("/") ? "" : "/") + path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option 'path' of nextome:raw is not a valid URL path: '" + path + "'",
                    e);
        }
        if (!Objects.equals(uri.getScheme(), baseUri.getScheme()) || !Objects.equals(uri.getHost(), baseUri.getHost())
                || uri.getPort() != baseUri.getPort() || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("nextome:raw only sends the access token to " + baseUri.getHost()
                                               + ": refusing '" + path + "'");
        }
        return uri;
    }

    /** The body as it is, or written by Jackson: a body it cannot write fails naming the call and the body's class. */
    private static byte[] rawBody(Object body, String method, Object path) throws IOException {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof InputStream stream) {
            return stream.readAllBytes();
        }
        try {
            return NextomeJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            // Jackson's message names neither the call nor the body's class
            throw new IllegalArgumentException("nextome:raw " + method + " " + path + " cannot write its body of type "
                                               + body.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@link #send}, reporting the outcome and duration to the monitor (status 0: no response). */
    private HttpResult exchange(String method, NextomeHttpClient.Origin target, String path, HttpEntity json,
                                NextomeHttpClient.BodyReader successBody, BooleanSupplier stopRequested)
            throws IOException {
        long start = System.nanoTime();
        int status = 0;
        try {
            HttpResult response = send(method, target, path, json, successBody, stopRequested);
            status = response.status();
            return response;
        } catch (NextomeApiException e) {
            status = e.getStatusCode();
            throw e;
        } catch (NextomeAuthenticationException e) {
            // with a fixed token it is the API's 401 (its token() never fails); else no request was sent
            status = credentialSet.fixedToken() ? 401 : 0;
            throw e;
        } finally {
            recorder.completed(status, System.nanoTime() - start);
        }
    }

    /**
     * Sends a request with the current token, renewing it once after a 401, and sending it again while
     * {@link RetryPolicy} says it is safe and worth it, unless the caller stops meanwhile. A wait before a retry is
     * a {@link #pause}: interrupting the thread ends it with an {@link InterruptedIOException}.
     */
    private HttpResult send(String method, NextomeHttpClient.Origin target, String path, HttpEntity json,
                            NextomeHttpClient.BodyReader successBody, BooleanSupplier stopRequested)
            throws IOException {
        boolean reauthenticated = false;
        int retries = 0;
        while (true) {
            String token = credentials.token(stopRequested);
            HttpResult response;
            try {
                response = http.send(method, target, path, json, token, successBody);
            } catch (IOException e) {
                long delay = RetryPolicy.retryable(method, e)
                        ? retryPolicy.delayBeforeRetry(++retries, null) : RetryPolicy.NO_RETRY;
                if (delay < 0 || !pause(delay, stopRequested)) {
                    // HttpClient's timeouts name neither the call nor the option to change
                    throw NextomeTimeoutException.of(label + " " + method + " " + path, e, http.settings());
                }
                recorder.retrying("io");
                LOG.debug("{} {}: {}; retried {}", label, method, e.getClass().getSimpleName(), retries);
                continue;
            }
            if (response.status() == 401 && (reauthenticated || credentialSet.fixedToken())) {
                // a token acquired just now, or a fixed one: the credentials are not accepted
                recorder.tokenRejected();
            }
            if (response.status() == 401 && !reauthenticated) {
                reauthenticated = credentials.rejected(token);
                LOG.debug("{}: access token rejected (401); authenticating again", label);
                continue;
            }
            if (RetryPolicy.retryable(method, response.status())) {
                long delay = retryPolicy.delayBeforeRetry(++retries, response.retryAfter());
                if (delay >= 0 && pause(delay, stopRequested)) {
                    recorder.retrying(Integer.toString(response.status()));
                    LOG.debug("{} {}: HTTP {}; retried {}", label, method, response.status(), retries);
                    continue;
                }
            }
            if (!response.successful()) {
                throw new NextomeApiException(label, response.status(),
                        NextomeApiException.excerpt(response.body(), secretsWith(token)));
            }
            return response;
        }
    }

    private String[] secretsWith(String token) {
        String[] secrets = credentials.secrets();
        String[] all = java.util.Arrays.copyOf(secrets, secrets.length + 1);
        all[secrets.length] = token;
        return all;
    }

    /** Waits before a retry, in short steps; false when a stop was requested (then the call fails at once). */
    private static boolean pause(long millis, BooleanSupplier stopRequested) throws InterruptedIOException {
        try {
            long until = System.nanoTime() + millis * 1_000_000;
            for (long left = millis; !stopRequested.getAsBoolean(); left = (until - System.nanoTime()) / 1_000_000) {
                if (left <= 0) {
                    return true;
                }
                Thread.sleep(Math.min(left, 50));
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
    }
}
