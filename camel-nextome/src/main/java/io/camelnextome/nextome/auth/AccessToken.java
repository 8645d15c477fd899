package io.camelnextome.nextome.auth;

/**
 * An access token with the time it expires and the time it should be renewed. {@link #toString()} never shows
 * the token.
 */
public final class AccessToken {

    private final String value;
    private final long expiresAtMillis;
    private final long renewAtMillis;

    /**
     * @param refreshMarginMillis renew this long before expiry, but not before half of the lifetime has passed
     */
    public AccessToken(String value, long issuedAtMillis, long expiresAtMillis, long refreshMarginMillis) {
        this.value = value;
        this.expiresAtMillis = expiresAtMillis;
        long lifetime = Math.max(0, expiresAtMillis - issuedAtMillis);
        this.renewAtMillis = issuedAtMillis + Math.max(lifetime - refreshMarginMillis, lifetime / 2);
    }

    public String value() {
        return value;
    }

    public long expiresAtMillis() {
        return expiresAtMillis;
    }

    boolean expired(long nowMillis) {
        return nowMillis >= expiresAtMillis;
    }

    boolean renewalDue(long nowMillis) {
        return nowMillis >= renewAtMillis;
    }

    @Override
    public String toString() {
        return "AccessToken[******, expiresAt=" + java.time.Instant.ofEpochMilli(expiresAtMillis) + "]";
    }
}
