package io.camelnextome.nextome.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The CamelContext-wide registry of access tokens: one {@link TokenManager} per set of credentials (authUrl,
 * clientId, clientSecret), so that all endpoints and component instances of a CamelContext share one token per
 * Nextome app, and an endpoint with another secret for the same client id performs its own handshake (and fails
 * at once when that secret is wrong) instead of borrowing a token it could not have obtained.
 */
public final class NextomeTokenService extends ServiceSupport {

    /**
     * The secret is in the key only as a salted hash, so a key that is logged or dumped does not reveal it.
     * {@code equals} and {@code hashCode} are written out, as in {@code TransportSettings}: a record's own spin
     * method-handle classes on first use, here when the first endpoint starts.
     */
    private record Key(String authUrl, String clientId, String secretFingerprint) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(authUrl, that.authUrl)
                   && Objects.equals(clientId, that.clientId) && secretFingerprint.equals(that.secretFingerprint);
        }

        @Override
        public int hashCode() {
            return Objects.hash(authUrl, clientId, secretFingerprint);
        }
    }

    private final Map<Key, TokenManager> managers = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];

    private NextomeTokenService() {
        new SecureRandom().nextBytes(salt);
    }

    /** The service of {@code context}, added to it on first use. */
    public static NextomeTokenService of(CamelContext context) {
        synchronized (context) {
            NextomeTokenService service = context.hasService(NextomeTokenService.class);
            if (service == null) {
                service = new NextomeTokenService();
                try {
                    context.addService(service, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot register the Nextome token service", e);
                }
            }
            return service;
        }
    }

    public TokenManager manager(String authUrl, String clientId, String clientSecret) {
        return managers.computeIfAbsent(new Key(authUrl, clientId, fingerprint(clientSecret)),
                key -> new TokenManager(authUrl, clientId));
    }

    /** SHA-256 of a random salt of this service and the secret: equal secrets match, none can be read back. */
    private String fingerprint(String secret) {
        if (secret == null) {
            return "";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    protected void doStop() {
        managers.clear();
    }
}
