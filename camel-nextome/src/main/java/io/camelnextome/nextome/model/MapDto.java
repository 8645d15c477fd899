package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A map: one floor of a venue, in pixel coordinates. Schema {@code MapDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MapDto {

    private Long id;
    private String uuid;
    private Integer floor;
    private String name;
    private Double scale;
    private Boolean outdoor;
    private Long venue;
    private Long height;
    private Long width;
    private Integer crs;
    private String venueTz;

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

    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getScale() {
        return scale;
    }

    public void setScale(Double scale) {
        this.scale = scale;
    }

    public Boolean getOutdoor() {
        return outdoor;
    }

    public void setOutdoor(Boolean outdoor) {
        this.outdoor = outdoor;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }

    public Long getHeight() {
        return height;
    }

    public void setHeight(Long height) {
        this.height = height;
    }

    public Long getWidth() {
        return width;
    }

    public void setWidth(Long width) {
        this.width = width;
    }

    public Integer getCrs() {
        return crs;
    }

    public void setCrs(Integer crs) {
        this.crs = crs;
    }

    public String getVenueTz() {
        return venueTz;
    }

    public void setVenueTz(String venueTz) {
        this.venueTz = venueTz;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MapDto)) {
            return false;
        }
        MapDto other = (MapDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(uuid, other.uuid)
                && Objects.equals(floor, other.floor)
                && Objects.equals(name, other.name)
                && Objects.equals(scale, other.scale)
                && Objects.equals(outdoor, other.outdoor)
                && Objects.equals(venue, other.venue)
                && Objects.equals(height, other.height)
                && Objects.equals(width, other.width)
                && Objects.equals(crs, other.crs)
                && Objects.equals(venueTz, other.venueTz);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, uuid, floor, name, scale, outdoor, venue, height, width, crs, venueTz);
    }

    @Override
    public String toString() {
        return "MapDto{" + "id=" + id
                + ", uuid=" + uuid
                + ", floor=" + floor
                + ", name=" + name
                + ", scale=" + scale
                + ", outdoor=" + outdoor
                + ", venue=" + venue
                + ", height=" + height
                + ", width=" + width
                + ", crs=" + crs
                + ", venueTz=" + venueTz + "}";
    }
}
