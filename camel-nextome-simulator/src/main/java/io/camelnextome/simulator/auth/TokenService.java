package io.camelnextome.simulator.auth;

import io.vertx.core.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks client credentials and issues HS256-signed, JWT-shaped access tokens with an {@code exp} claim.
 * A token is valid while it is in the issued set and not expired; revoking empties the set.
 */
public final class TokenService {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final int PURGE_THRESHOLD = 10_000;

    private final byte[] clientId;
    private final byte[] clientSecret;
    private final String subject;
    private final byte[] signingKey = new byte[32];
    private final ConcurrentMap<String, Long> expiryByToken = new ConcurrentHashMap<>();
    private volatile Duration lifetime;

    public TokenService(String clientId, String clientSecret, Duration lifetime) {
        this.subject = clientId;
        this.clientId = clientId.getBytes(StandardCharsets.UTF_8);
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        new SecureRandom().nextBytes(signingKey);
    }

    /** Compares in constant time, so that timing tells nothing about the secret. */
    public boolean accepts(String id, String secret) {
        return MessageDigest.isEqual(clientId, id.getBytes(StandardCharsets.UTF_8))
                & MessageDigest.isEqual(clientSecret, secret.getBytes(StandardCharsets.UTF_8));
    }

    public IssuedToken issue() {
        long now = System.currentTimeMillis();
        long expiresAt = now + lifetime.toMillis();
        JsonObject claims = new JsonObject()
                .put("sub", subject)
                .put("iss", "nextome-simulator")
                .put("iat", now / 1000)
                .put("exp", (expiresAt + 999) / 1000)
                .put("jti", UUID.randomUUID().toString());
        String unsigned = HEADER + "." + BASE64URL.encodeToString(claims.toBuffer().getBytes());
        String token = unsigned + "." + BASE64URL.encodeToString(sign(unsigned));
        if (expiryByToken.size() > PURGE_THRESHOLD) {
            expiryByToken.values().removeIf(expiry -> expiry <= now);
        }
        expiryByToken.put(token, expiresAt);
        return new IssuedToken(token, Math.max(0, (expiresAt - now + 999) / 1000));
    }

    public boolean isValid(String token) {
        Long expiresAt = expiryByToken.get(token);
        return expiresAt != null && System.currentTimeMillis() < expiresAt;
    }

    public void revokeAll() {
        expiryByToken.clear();
    }

    /** Applies to the tokens issued from now on. */
    public void lifetime(Duration newLifetime) {
        if (newLifetime.isNegative()) {
            throw new IllegalArgumentException("The token lifetime must not be negative: " + newLifetime);
        }
        this.lifetime = newLifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A token and its lifetime in whole seconds. */
    public record IssuedToken(String accessToken, long expiresIn) {

        @Override
        public String toString() {
            return "IssuedToken[accessToken=***, expiresIn=" + expiresIn + "]";
        }
    }
}
