package io.camelnextome.nextome.geo;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Epoch milliseconds as ISO 8601 UTC with milliseconds, as GeoJSON consumers and omlox expect them. */
final class Timestamps {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String iso(long epochMillis) {
        return ISO.format(java.time.Instant.ofEpochMilli(epochMillis));
    }
}
