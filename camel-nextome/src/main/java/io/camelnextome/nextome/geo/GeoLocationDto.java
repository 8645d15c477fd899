package io.camelnextome.nextome.geo;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.camelnextome.nextome.model.LocationDto;

/**
 * A position with its latitude and longitude (WGS84) and the floor of its map, as an endpoint with
 * {@code coordinates=WGS84} delivers it. A subclass rather than fields of {@link LocationDto}: that class is the
 * API's schema, sent back as the body of {@code locations/create}, where lat/lon have no place; and a route can
 * tell an enriched position from a plain one by its type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GeoLocationDto extends LocationDto {

    private Double lat;
    private Double lon;
    private Integer floor;

    public GeoLocationDto() {
    }

    /** A copy of {@code position} with its coordinates on the globe. */
    public GeoLocationDto(LocationDto position, Double lat, Double lon, Integer floor) {
        setProvider(position.getProvider());
        setTrackable(position.getTrackable());
        setTimestampGenerated(position.getTimestampGenerated());
        setTimestampSent(position.getTimestampSent());
        setCrs(position.getCrs());
        setRoom(position.getRoom());
        setMap(position.getMap());
        setX(position.getX());
        setY(position.getY());
        setPositionLabel(position.getPositionLabel());
        setCreatedAt(position.getCreatedAt());
        setRawX(position.getRawX());
        setRawY(position.getRawY());
        this.lat = lat;
        this.lon = lon;
        this.floor = floor;
    }

    /** Latitude in degrees, WGS84. */
    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    /** Longitude in degrees, WGS84, in [-180, 180]. */
    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    /** The floor of the position's map (0 the ground floor), as {@code maps/get} gives it. */
    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoLocationDto other && super.equals(o) && Objects.equals(lat, other.lat)
               && Objects.equals(lon, other.lon) && Objects.equals(floor, other.floor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), lat, lon, floor);
    }

    @Override
    public String toString() {
        return "GeoLocationDto{lat=" + lat + ", lon=" + lon + ", floor=" + floor + ", " + super.toString() + "}";
    }
}
