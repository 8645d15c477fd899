package io.camelnextome.nextome.jdbc;

/**
 * A watermark was not written because another instance moved it since this one read it: two instances briefly
 * both polled the stream. The other's progress stays; this instance reads it on its next poll.
 */
public class WatermarkConflictException extends IllegalStateException {

    private final String key;

    public WatermarkConflictException(String key, String tableName, long expectedVersion) {
        super("The watermark '" + key + "' in table " + tableName + " was moved by another instance since this one "
              + (expectedVersion == 0 ? "found it missing" : "read it at version " + expectedVersion)
              + ": not overwriting it; this instance reads it again on its next poll");
        this.key = key;
    }

    /** The state key whose write lost. */
    public String getKey() {
        return key;
    }
}
