package io.camelnextome.nextome.geo;

/** A map cannot be placed on the globe: too few or degenerate ground control points. */
public class NextomeGeoException extends IllegalStateException {

    public NextomeGeoException(String message) {
        super(message);
    }
}
