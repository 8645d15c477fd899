package io.camelnextome.nextome.geo;

/** The coordinates an endpoint delivers: the map's pixels only (as the API gives them), or WGS84 as well. */
public enum Coordinates {
    /** Pixels of the map image, as the Nextome API returns them. */
    PIXEL,
    /** Pixels plus latitude and longitude (WGS84), from the map's ground control points. */
    WGS84
}
