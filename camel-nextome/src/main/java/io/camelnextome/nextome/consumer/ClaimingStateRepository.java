package io.camelnextome.nextome.consumer;

/**
 * A state repository whose writes compare with what the writer read (a compare-and-set, as
 * {@code JdbcWatermarkRepository} does). A consumer claims each of its keys once, when it first uses it after it
 * started: what was there then is what its writes compare with, so a write by another instance since makes its next
 * write fail with {@link WatermarkOwnershipLostException}. Reads by others (dev console, JMX, the lag gauge) and a
 * version left from an earlier leadership of the same instance do not count.
 * <p>
 * A repository that wraps one of these (to batch before the watermark is saved, say) implements this too and passes
 * the claim on: the consumer only claims through what it was given.
 */
public interface ClaimingStateRepository {

    /** Reads the state of key and makes it the one the next write of key compares with. */
    String claim(String key);

    /**
     * Refuses, with an error naming it, a key this (started) repository cannot hold, such as one longer than its key
     * column. A consumer checks its keys when it starts: a route so configured fails to start, before any API call,
     * rather than failing every poll.
     */
    default void checkKey(String key) {
    }
}
