package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A visit: a stay of a trackable in a room. Schema {@code VisitDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VisitDto {

    private Long id;
    private String trackable;
    private LocationProviderSimpleDto provider;
    private Long startTimestamp;
    private Long endTimestamp;
    private Long startLocalTimestamp;
    private Long endLocalTimestamp;
    private Long map;
    private Long room;
    private Double distanceFromPrevious;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTrackable() {
        return trackable;
    }

    public void setTrackable(String trackable) {
        this.trackable = trackable;
    }

    public LocationProviderSimpleDto getProvider() {
        return provider;
    }

    public void setProvider(LocationProviderSimpleDto provider) {
        this.provider = provider;
    }

    public Long getStartTimestamp() {
        return startTimestamp;
    }

    public void setStartTimestamp(Long startTimestamp) {
        this.startTimestamp = startTimestamp;
    }

    public Long getEndTimestamp() {
        return endTimestamp;
    }

    public void setEndTimestamp(Long endTimestamp) {
        this.endTimestamp = endTimestamp;
    }

    public Long getStartLocalTimestamp() {
        return startLocalTimestamp;
    }

    public void setStartLocalTimestamp(Long startLocalTimestamp) {
        this.startLocalTimestamp = startLocalTimestamp;
    }

    public Long getEndLocalTimestamp() {
        return endLocalTimestamp;
    }

    public void setEndLocalTimestamp(Long endLocalTimestamp) {
        this.endLocalTimestamp = endLocalTimestamp;
    }

    public Long getMap() {
        return map;
    }

    public void setMap(Long map) {
        this.map = map;
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }

    public Double getDistanceFromPrevious() {
        return distanceFromPrevious;
    }

    public void setDistanceFromPrevious(Double distanceFromPrevious) {
        this.distanceFromPrevious = distanceFromPrevious;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VisitDto)) {
            return false;
        }
        VisitDto other = (VisitDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(trackable, other.trackable)
                && Objects.equals(provider, other.provider)
                && Objects.equals(startTimestamp, other.startTimestamp)
                && Objects.equals(endTimestamp, other.endTimestamp)
                && Objects.equals(startLocalTimestamp, other.startLocalTimestamp)
                && Objects.equals(endLocalTimestamp, other.endLocalTimestamp)
                && Objects.equals(map, other.map)
                && Objects.equals(room, other.room)
                && Objects.equals(distanceFromPrevious, other.distanceFromPrevious);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, trackable, provider, startTimestamp, endTimestamp, startLocalTimestamp, endLocalTimestamp, map, room, distanceFromPrevious);
    }

    @Override
    public String toString() {
        return "VisitDto{" + "id=" + id
                + ", trackable=" + trackable
                + ", provider=" + provider
                + ", startTimestamp=" + startTimestamp
                + ", endTimestamp=" + endTimestamp
                + ", startLocalTimestamp=" + startLocalTimestamp
                + ", endLocalTimestamp=" + endLocalTimestamp
                + ", map=" + map
                + ", room=" + room
                + ", distanceFromPrevious=" + distanceFromPrevious + "}";
    }
}
