package io.camelnextome.nextome.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The CamelContext-wide registry of access tokens: one {@link TokenManager} per set of credentials (authUrl,
 * clientId, clientSecret), so that all endpoints and component instances of a CamelContext share one token per
 * Nextome app, and an endpoint with another secret for the same client id performs its own handshake (and fails
 * at once when that secret is wrong) instead of borrowing a token it could not have obtained.
 */
public final class NextomeTokenService extends ServiceSupport {

    /** The secret is in the key only as a keyed hash, so a key that is logged or dumped does not reveal it. */
    private record Key(String authUrl, String clientId, String secretFingerprint) {
    }

    private final Map<Key, TokenManager> managers = new ConcurrentHashMap<>();
    private final byte[] fingerprintKey = new byte[32];

    private NextomeTokenService() {
        new SecureRandom().nextBytes(fingerprintKey);
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

    /** HMAC-SHA256 of the secret under a random key of this service: equal secrets match, none can be recovered. */
    private String fingerprint(String secret) {
        if (secret == null) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    protected void doStop() {
        managers.clear();
    }
}
