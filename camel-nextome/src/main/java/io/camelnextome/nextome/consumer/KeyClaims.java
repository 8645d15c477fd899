package io.camelnextome.nextome.consumer;

import java.util.HashSet;
import java.util.Set;

import org.apache.camel.spi.StateRepository;

/** The keys one consumer's state store claimed since it started (none unless the repository claims). */
final class KeyClaims {

    private final ClaimingStateRepository repository;
    private final Set<String> claimed = new HashSet<>();

    KeyClaims(StateRepository<String, String> repository) {
        this.repository = repository instanceof ClaimingStateRepository claiming ? claiming : null;
    }

    /** Refuses a key the repository cannot hold (see {@link ClaimingStateRepository#checkKey}). */
    void check(String key) {
        if (repository != null) {
            repository.checkKey(key);
        }
    }

    /**
     * Claims key unless done since the consumer started. A claim the repository failed (its database did not answer)
     * is made again at the next use: taken as made, the writes would compare with a version from before.
     */
    synchronized void claimOnce(String key) {
        if (repository != null && !claimed.contains(key)) {
            repository.claim(key);
            claimed.add(key);
        }
    }
}
