package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A location provider: a beacon, a tag or any device that yields positions. Schema {@code LocationProviderDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LocationProviderDto {

    private Long id;
    private String uuid;
    private Integer major;
    private Integer minor;
    private String name;
    private String label;
    private LocationProviderType type;
    private Integer battery;
    private Long checkIn;
    private Long venue;
    private String trackable;
    private Long updatedAt;
    private Long modelId;
    private Integer fenceTimeout;
    private Integer toleranceArea;
    private Integer toleranceTimeout;
    private Integer exitDelay;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public Integer getMajor() {
        return major;
    }

    public void setMajor(Integer major) {
        this.major = major;
    }

    public Integer getMinor() {
        return minor;
    }

    public void setMinor(Integer minor) {
        this.minor = minor;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocationProviderType getType() {
        return type;
    }

    public void setType(LocationProviderType type) {
        this.type = type;
    }

    public Integer getBattery() {
        return battery;
    }

    public void setBattery(Integer battery) {
        this.battery = battery;
    }

    public Long getCheckIn() {
        return checkIn;
    }

    public void setCheckIn(Long checkIn) {
        this.checkIn = checkIn;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }

    public String getTrackable() {
        return trackable;
    }

    public void setTrackable(String trackable) {
        this.trackable = trackable;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getModelId() {
        return modelId;
    }

    public void setModelId(Long modelId) {
        this.modelId = modelId;
    }

    public Integer getFenceTimeout() {
        return fenceTimeout;
    }

    public void setFenceTimeout(Integer fenceTimeout) {
        this.fenceTimeout = fenceTimeout;
    }

    public Integer getToleranceArea() {
        return toleranceArea;
    }

    public void setToleranceArea(Integer toleranceArea) {
        this.toleranceArea = toleranceArea;
    }

    public Integer getToleranceTimeout() {
        return toleranceTimeout;
    }

    public void setToleranceTimeout(Integer toleranceTimeout) {
        this.toleranceTimeout = toleranceTimeout;
    }

    public Integer getExitDelay() {
        return exitDelay;
    }

    public void setExitDelay(Integer exitDelay) {
        this.exitDelay = exitDelay;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LocationProviderDto)) {
            return false;
        }
        LocationProviderDto other = (LocationProviderDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(uuid, other.uuid)
                && Objects.equals(major, other.major)
                && Objects.equals(minor, other.minor)
                && Objects.equals(name, other.name)
                && Objects.equals(label, other.label)
                && Objects.equals(type, other.type)
                && Objects.equals(battery, other.battery)
                && Objects.equals(checkIn, other.checkIn)
                && Objects.equals(venue, other.venue)
                && Objects.equals(trackable, other.trackable)
                && Objects.equals(updatedAt, other.updatedAt)
                && Objects.equals(modelId, other.modelId)
                && Objects.equals(fenceTimeout, other.fenceTimeout)
                && Objects.equals(toleranceArea, other.toleranceArea)
                && Objects.equals(toleranceTimeout, other.toleranceTimeout)
                && Objects.equals(exitDelay, other.exitDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, uuid, major, minor, name, label, type, battery, checkIn, venue, trackable, updatedAt, modelId, fenceTimeout, toleranceArea, toleranceTimeout, exitDelay);
    }

    @Override
    public String toString() {
        return "LocationProviderDto{" + "id=" + id
                + ", uuid=" + uuid
                + ", major=" + major
                + ", minor=" + minor
                + ", name=" + name
                + ", label=" + label
                + ", type=" + type
                + ", battery=" + battery
                + ", checkIn=" + checkIn
                + ", venue=" + venue
                + ", trackable=" + trackable
                + ", updatedAt=" + updatedAt
                + ", modelId=" + modelId
                + ", fenceTimeout=" + fenceTimeout
                + ", toleranceArea=" + toleranceArea
                + ", toleranceTimeout=" + toleranceTimeout
                + ", exitDelay=" + exitDelay + "}";
    }
}
