package io.camelnextome.nextome.auth;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token of one (authUrl, clientId), shared by every endpoint of a CamelContext. A token is acquired
 * lazily and by one thread at a time; it is renewed ahead of expiry by one thread while the others keep using
 * the still valid one; a token the API rejected is dropped once, however many calls saw the rejection.
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final String authUrl;
    private final String clientId;
    private final AtomicReference<AccessToken> current = new AtomicReference<>();
    private final ReentrantLock acquisition = new ReentrantLock();

    TokenManager(String authUrl, String clientId) {
        this.authUrl = authUrl;
        this.clientId = clientId;
    }

    /** A valid token, acquired through {@code source} when there is none or it is due for renewal. */
    public String token(TokenSource source) {
        AccessToken token = current.get();
        long now = System.currentTimeMillis();
        if (token != null && !token.renewalDue(now)) {
            return token.value();
        }
        if (token != null && !token.expired(now)) {
            return renewAhead(token, source);
        }
        acquisition.lock();
        try {
            token = current.get();
            if (token == null || token.renewalDue(System.currentTimeMillis())) {
                token = source.acquire();
                current.set(token);
                LOG.debug("Acquired an access token for client id {} at {}, valid until {}", clientId, authUrl,
                        token);
            }
            return token.value();
        } finally {
            acquisition.unlock();
        }
    }

    /** Renews a token that is still valid; calls that find a renewal under way keep using the valid token. */
    private String renewAhead(AccessToken valid, TokenSource source) {
        if (!acquisition.tryLock()) {
            return valid.value();
        }
        try {
            AccessToken token = current.get();
            if (token == valid) {
                try {
                    token = source.acquire();
                    current.set(token);
                    LOG.debug("Renewed the access token for client id {} at {}", clientId, authUrl);
                } catch (RuntimeException e) {
                    LOG.warn("Renewing the access token for client id {} failed; the current one stays in use: {}",
                            clientId, e.getMessage());
                    return valid.value();
                }
            }
            return token == null ? valid.value() : token.value();
        } finally {
            acquisition.unlock();
        }
    }

    /** Acquires a new token through {@code source} now, whatever the current one's expiry (an operator's renewal). */
    public void renew(TokenSource source) {
        acquisition.lock();
        try {
            current.set(source.acquire());
            LOG.debug("Renewed the access token for client id {} at {} on request", clientId, authUrl);
        } finally {
            acquisition.unlock();
        }
    }

    /** Drops {@code rejected} if it is still the current token (a later one is kept). */
    public void invalidate(String rejected) {
        AccessToken token = current.get();
        if (token != null && token.value().equals(rejected)) {
            current.compareAndSet(token, null);
        }
    }

    @Override
    public String toString() {
        return "TokenManager[authUrl=" + authUrl + ", clientId=" + clientId + ", token=" + current.get() + "]";
    }
}
