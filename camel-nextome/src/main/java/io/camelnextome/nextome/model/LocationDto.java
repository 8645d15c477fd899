package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A calculated position of a trackable on a map. Schema {@code LocationDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LocationDto {

    private LocationProviderDto provider;
    private String trackable;
    private Long timestampGenerated;
    private Long timestampSent;
    private Integer crs;
    private Long room;
    private Long map;
    private Double x;
    private Double y;
    private String positionLabel;
    private Long createdAt;
    private Double rawX;
    private Double rawY;

    public LocationProviderDto getProvider() {
        return provider;
    }

    public void setProvider(LocationProviderDto provider) {
        this.provider = provider;
    }

    public String getTrackable() {
        return trackable;
    }

    public void setTrackable(String trackable) {
        this.trackable = trackable;
    }

    public Long getTimestampGenerated() {
        return timestampGenerated;
    }

    public void setTimestampGenerated(Long timestampGenerated) {
        this.timestampGenerated = timestampGenerated;
    }

    public Long getTimestampSent() {
        return timestampSent;
    }

    public void setTimestampSent(Long timestampSent) {
        this.timestampSent = timestampSent;
    }

    public Integer getCrs() {
        return crs;
    }

    public void setCrs(Integer crs) {
        this.crs = crs;
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }

    public Long getMap() {
        return map;
    }

    public void setMap(Long map) {
        this.map = map;
    }

    public Double getX() {
        return x;
    }

    public void setX(Double x) {
        this.x = x;
    }

    public Double getY() {
        return y;
    }

    public void setY(Double y) {
        this.y = y;
    }

    public String getPositionLabel() {
        return positionLabel;
    }

    public void setPositionLabel(String positionLabel) {
        this.positionLabel = positionLabel;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Double getRawX() {
        return rawX;
    }

    public void setRawX(Double rawX) {
        this.rawX = rawX;
    }

    public Double getRawY() {
        return rawY;
    }

    public void setRawY(Double rawY) {
        this.rawY = rawY;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LocationDto)) {
            return false;
        }
        LocationDto other = (LocationDto) o;
        return Objects.equals(provider, other.provider)
                && Objects.equals(trackable, other.trackable)
                && Objects.equals(timestampGenerated, other.timestampGenerated)
                && Objects.equals(timestampSent, other.timestampSent)
                && Objects.equals(crs, other.crs)
                && Objects.equals(room, other.room)
                && Objects.equals(map, other.map)
                && Objects.equals(x, other.x)
                && Objects.equals(y, other.y)
                && Objects.equals(positionLabel, other.positionLabel)
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(rawX, other.rawX)
                && Objects.equals(rawY, other.rawY);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, trackable, timestampGenerated, timestampSent, crs, room, map, x, y, positionLabel, createdAt, rawX, rawY);
    }

    @Override
    public String toString() {
        return "LocationDto{" + "provider=" + provider
                + ", trackable=" + trackable
                + ", timestampGenerated=" + timestampGenerated
                + ", timestampSent=" + timestampSent
                + ", crs=" + crs
                + ", room=" + room
                + ", map=" + map
                + ", x=" + x
                + ", y=" + y
                + ", positionLabel=" + positionLabel
                + ", createdAt=" + createdAt
                + ", rawX=" + rawX
                + ", rawY=" + rawY + "}";
    }
}
