package io.camelnextome.nextome.consumer;

import org.apache.camel.spi.StateRepository;

/**
 * Keeps what a change feed delivered (each element's JSON by id, as one JSON object) in a Camel
 * {@link StateRepository} under the feed's key, where the incremental streams keep their watermarks: a restarted
 * route, or the instance that takes over a {@code master:} route, compares with what was delivered before.
 */
public final class ChangeFeedState {

    private final StateRepository<String, String> repository;
    private final String key;
    private final KeyClaims claims;

    /** @throws IllegalArgumentException when the repository cannot hold {@code key} */
    public ChangeFeedState(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
        this.claims = new KeyClaims(repository);
        claims.check(key);
    }

    /** The saved JSON object, or null when the feed has delivered nothing yet. */
    public String load() {
        claims.claimOnce(key);
        String state = repository.getState(key);
        return state == null || state.isBlank() ? null : state;
    }

    public void save(String json) {
        claims.claimOnce(key);
        repository.setState(key, json);
    }
}
