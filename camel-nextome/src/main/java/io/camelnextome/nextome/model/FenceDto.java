package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A fence: a region that raises events when trackables enter or leave it. Schema {@code FenceDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class FenceDto {

    private String id;
    private GeometryDto region;
    private Integer radius;
    private String name;
    private Long timeout;
    private String properties;
    private Long toleranceArea;
    private Long toleranceTimeout;
    private Long exitDelay;
    private Integer crs;
    private Long map;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GeometryDto getRegion() {
        return region;
    }

    public void setRegion(GeometryDto region) {
        this.region = region;
    }

    public Integer getRadius() {
        return radius;
    }

    public void setRadius(Integer radius) {
        this.radius = radius;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTimeout() {
        return timeout;
    }

    public void setTimeout(Long timeout) {
        this.timeout = timeout;
    }

    public String getProperties() {
        return properties;
    }

    public void setProperties(String properties) {
        this.properties = properties;
    }

    public Long getToleranceArea() {
        return toleranceArea;
    }

    public void setToleranceArea(Long toleranceArea) {
        this.toleranceArea = toleranceArea;
    }

    public Long getToleranceTimeout() {
        return toleranceTimeout;
    }

    public void setToleranceTimeout(Long toleranceTimeout) {
        this.toleranceTimeout = toleranceTimeout;
    }

    public Long getExitDelay() {
        return exitDelay;
    }

    public void setExitDelay(Long exitDelay) {
        this.exitDelay = exitDelay;
    }

    public Integer getCrs() {
        return crs;
    }

    public void setCrs(Integer crs) {
        this.crs = crs;
    }

    public Long getMap() {
        return map;
    }

    public void setMap(Long map) {
        this.map = map;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FenceDto)) {
            return false;
        }
        FenceDto other = (FenceDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(region, other.region)
                && Objects.equals(radius, other.radius)
                && Objects.equals(name, other.name)
                && Objects.equals(timeout, other.timeout)
                && Objects.equals(properties, other.properties)
                && Objects.equals(toleranceArea, other.toleranceArea)
                && Objects.equals(toleranceTimeout, other.toleranceTimeout)
                && Objects.equals(exitDelay, other.exitDelay)
                && Objects.equals(crs, other.crs)
                && Objects.equals(map, other.map);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, region, radius, name, timeout, properties, toleranceArea, toleranceTimeout, exitDelay, crs, map);
    }

    @Override
    public String toString() {
        return "FenceDto{" + "id=" + id
                + ", region=" + region
                + ", radius=" + radius
                + ", name=" + name
                + ", timeout=" + timeout
                + ", properties=" + properties
                + ", toleranceArea=" + toleranceArea
                + ", toleranceTimeout=" + toleranceTimeout
                + ", exitDelay=" + exitDelay
                + ", crs=" + crs
                + ", map=" + map + "}";
    }
}
