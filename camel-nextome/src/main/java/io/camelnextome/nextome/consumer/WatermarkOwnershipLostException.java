package io.camelnextome.nextome.consumer;

/**
 * A state repository refused to save a watermark because another instance moved it since this one read it: two
 * instances polled the same stream. Any {@code StateRepository} may throw it from {@code setState}; the consumer
 * that gets it stops polling (its route is stopped, marked as failed with this exception) instead of polling again
 * from the other's watermark, and the other's progress stays.
 */
public class WatermarkOwnershipLostException extends IllegalStateException {

    private final String key;

    public WatermarkOwnershipLostException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The state key whose write lost. */
    public String getKey() {
        return key;
    }
}
