package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ground control point tying map pixels to latitude and longitude. Schema {@code GcpDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpDto {

    private Long id;
    private Long mapId;
    private Double x;
    private Double y;
    private Double lat;
    private Double lon;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMapId() {
        return mapId;
    }

    public void setMapId(Long mapId) {
        this.mapId = mapId;
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

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GcpDto)) {
            return false;
        }
        GcpDto other = (GcpDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(mapId, other.mapId)
                && Objects.equals(x, other.x)
                && Objects.equals(y, other.y)
                && Objects.equals(lat, other.lat)
                && Objects.equals(lon, other.lon);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, mapId, x, y, lat, lon);
    }

    @Override
    public String toString() {
        return "GcpDto{" + "id=" + id
                + ", mapId=" + mapId
                + ", x=" + x
                + ", y=" + y
                + ", lat=" + lat
                + ", lon=" + lon + "}";
    }
}
