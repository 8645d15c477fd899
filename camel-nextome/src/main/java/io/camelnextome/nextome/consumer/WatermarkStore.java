package io.camelnextome.nextome.consumer;

import org.apache.camel.spi.StateRepository;

/** Keeps one stream's {@link Watermark} in a Camel {@link StateRepository}, under the stream's key. */
public final class WatermarkStore {

    private final StateRepository<String, String> repository;
    private final String key;

    public WatermarkStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    /** The saved watermark, or null when the stream has not delivered anything yet. */
    public Watermark load() {
        String state = repository.getState(key);
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return Watermark.decode(state);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The state repository holds no valid watermark under '" + key + "': '"
                                            + state + "'", e);
        }
    }

    public void save(Watermark watermark) {
        repository.setState(key, watermark.encode());
    }

    public String key() {
        return key;
    }
}
