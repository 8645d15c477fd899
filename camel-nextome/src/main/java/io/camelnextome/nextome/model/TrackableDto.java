package io.camelnextome.nextome.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something whose position is tracked: an asset or a person, with its location providers. Schema {@code TrackableDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TrackableDto {

    private String id;
    private String name;
    private GeometryDto geometry;
    private TrackableType type;
    @JsonProperty("location_providers")
    private List<LocationProviderSimpleDto> locationProviders;
    private Integer fenceTimeout;
    private Integer toleranceArea;
    private Integer toleranceTimeout;
    private Integer exitDelay;
    private Integer radius;
    private TrackableUsage usage;
    private String properties;
    private Long venue;
    private List<FeatureDto> features;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GeometryDto getGeometry() {
        return geometry;
    }

    public void setGeometry(GeometryDto geometry) {
        this.geometry = geometry;
    }

    public TrackableType getType() {
        return type;
    }

    public void setType(TrackableType type) {
        this.type = type;
    }

    public List<LocationProviderSimpleDto> getLocationProviders() {
        return locationProviders;
    }

    public void setLocationProviders(List<LocationProviderSimpleDto> locationProviders) {
        this.locationProviders = locationProviders;
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

    public Integer getRadius() {
        return radius;
    }

    public void setRadius(Integer radius) {
        this.radius = radius;
    }

    public TrackableUsage getUsage() {
        return usage;
    }

    public void setUsage(TrackableUsage usage) {
        this.usage = usage;
    }

    public String getProperties() {
        return properties;
    }

    public void setProperties(String properties) {
        this.properties = properties;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }

    public List<FeatureDto> getFeatures() {
        return features;
    }

    public void setFeatures(List<FeatureDto> features) {
        this.features = features;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TrackableDto)) {
            return false;
        }
        TrackableDto other = (TrackableDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(geometry, other.geometry)
                && Objects.equals(type, other.type)
                && Objects.equals(locationProviders, other.locationProviders)
                && Objects.equals(fenceTimeout, other.fenceTimeout)
                && Objects.equals(toleranceArea, other.toleranceArea)
                && Objects.equals(toleranceTimeout, other.toleranceTimeout)
                && Objects.equals(exitDelay, other.exitDelay)
                && Objects.equals(radius, other.radius)
                && Objects.equals(usage, other.usage)
                && Objects.equals(properties, other.properties)
                && Objects.equals(venue, other.venue)
                && Objects.equals(features, other.features);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, geometry, type, locationProviders, fenceTimeout, toleranceArea, toleranceTimeout, exitDelay, radius, usage, properties, venue, features);
    }

    @Override
    public String toString() {
        return "TrackableDto{" + "id=" + id
                + ", name=" + name
                + ", geometry=" + geometry
                + ", type=" + type
                + ", locationProviders=" + locationProviders
                + ", fenceTimeout=" + fenceTimeout
                + ", toleranceArea=" + toleranceArea
                + ", toleranceTimeout=" + toleranceTimeout
                + ", exitDelay=" + exitDelay
                + ", radius=" + radius
                + ", usage=" + usage
                + ", properties=" + properties
                + ", venue=" + venue
                + ", features=" + features + "}";
    }
}
