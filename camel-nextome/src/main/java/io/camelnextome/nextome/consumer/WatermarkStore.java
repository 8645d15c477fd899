package io.camelnextome.nextome.consumer;

import org.apache.camel.spi.StateRepository;

/**
 * Keeps one stream's {@link Watermark} in a Camel {@link StateRepository}, under the stream's key, and the keys of
 * its lateness sweep ({@link LateKeys}) under {@code <key>.late}: the watermark is small and saved after every
 * window, the keys are saved when a sweep completes and when the consumer stops.
 */
public final class WatermarkStore {

    private final StateRepository<String, String> repository;
    private final String key;
    private final String legacyKey;
    private final KeyClaims claims;
    /**
     * The text saved or read last with its watermark, so that reading it again decodes nothing. One immutable pair:
     * the console, JMX and the lag gauge load from other threads during a poll, and two fields written apart could
     * pair the poll's current text with an older watermark a reader decoded meanwhile (records delivered again).
     */
    private volatile Decoded last;

    private record Decoded(String text, Watermark watermark) {
    }

    /**
     * @param legacyKey where an earlier version kept the stream's watermark, read when {@code key} holds none
     * @throws IllegalArgumentException when the repository cannot hold {@code key} or {@code <key>.late}
     */
    public WatermarkStore(StateRepository<String, String> repository, String key, String legacyKey) {
        this.repository = repository;
        this.key = key;
        this.legacyKey = legacyKey;
        this.claims = new KeyClaims(repository);
        claims.check(key);
        claims.check(lateKey());
    }

    /** The saved watermark, or null when the stream has not started yet; the stream's own read, which claims. */
    public Watermark load() {
        claims.claimOnce(key);
        return read();
    }

    /**
     * The saved watermark as an observer (the dev console, JMX, the lag gauge) reads it: without claiming the key, or
     * a view opened before the consumer's first poll would fix the version its writes compare with, and a handover
     * saved meanwhile by the instance that led before would be taken for a conflict.
     */
    public Watermark read() {
        String state = repository.getState(key);
        if (state == null && legacyKey != null && !legacyKey.equals(key)) {
            state = repository.getState(legacyKey);
        }
        if (state == null || state.isBlank()) {
            return null;
        }
        Decoded cached = last;
        if (cached != null && state.equals(cached.text())) {
            return cached.watermark();
        }
        try {
            Watermark watermark = Watermark.decode(state);
            last = new Decoded(state, watermark);
            return watermark;
        } catch (RuntimeException e) {
            throw new IllegalStateException("The state repository holds no valid watermark under '" + key + "': '"
                                            + state + "'", e);
        }
    }

    /** Saves the watermark; a repository that refuses it (e.g. another instance saved first) throws. */
    public void save(Watermark watermark) {
        String text = watermark.encode();
        claims.claimOnce(key);
        repository.setState(key, text);
        last = new Decoded(text, watermark);
    }

    /** The lateness keys saved last, or null when none were. */
    LateKeys.Saved loadLate() {
        claims.claimOnce(lateKey());
        String state = repository.getState(lateKey());
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return LateKeys.decode(state);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The state repository holds no valid lateness keys under '" + lateKey()
                                            + "'", e);
        }
    }

    /** Saves the lateness keys, complete up to the live watermark {@code upTo}; returns the saved text's length. */
    int saveLate(LateKeys keys, long upTo) {
        String text = keys.encode(upTo);
        claims.claimOnce(lateKey());
        repository.setState(lateKey(), text);
        return text.length();
    }

    private String lateKey() {
        return key + ".late";
    }

    public String key() {
        return key;
    }
}
