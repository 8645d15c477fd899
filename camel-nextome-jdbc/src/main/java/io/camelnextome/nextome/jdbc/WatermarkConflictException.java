package io.camelnextome.nextome.jdbc;

import io.camelnextome.nextome.consumer.WatermarkOwnershipLostException;

/**
 * A watermark was not written because another instance moved it since this one read it: two instances briefly
 * both polled the stream. The other's progress stays; the consumer that gets it stops polling.
 */
public class WatermarkConflictException extends WatermarkOwnershipLostException {

    public WatermarkConflictException(String key, String tableName, long expectedVersion) {
        super(key, "The watermark '" + key + "' in table " + tableName + " was moved by another instance since this one "
                   + (expectedVersion == 0 ? "found it missing" : "read it at version " + expectedVersion)
                   + ": not overwriting it");
    }
}
