package io.camelnextome.nextome.geo;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.camelnextome.nextome.model.FenceDto;

/** A fence with its outline on the globe, as an endpoint with {@code coordinates=WGS84} delivers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GeoFenceDto extends FenceDto {

    private List<double[]> boundary;
    private Integer floor;

    /**
     * The exterior ring as {@code [lon, lat]} pairs (WGS84 degrees), closed and counterclockwise; a circle is a
     * polygon of 64 sides. Null when the region has no coordinates.
     */
    public List<double[]> getBoundary() {
        return boundary;
    }

    public void setBoundary(List<double[]> boundary) {
        this.boundary = boundary;
    }

    /** The floor of the fence's map. */
    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }
}
