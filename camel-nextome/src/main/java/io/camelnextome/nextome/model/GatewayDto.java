package io.camelnextome.nextome.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A gateway that collects readings on a map. Schema {@code GatewayDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GatewayDto {

    private Long id;
    private String serial;
    private String label;
    private Double x;
    private Double y;
    private Long map;
    private Long venue;
    private String timezone;
    private List<FeatureDto> features;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
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

    public Long getMap() {
        return map;
    }

    public void setMap(Long map) {
        this.map = map;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
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
        if (!(o instanceof GatewayDto)) {
            return false;
        }
        GatewayDto other = (GatewayDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(serial, other.serial)
                && Objects.equals(label, other.label)
                && Objects.equals(x, other.x)
                && Objects.equals(y, other.y)
                && Objects.equals(map, other.map)
                && Objects.equals(venue, other.venue)
                && Objects.equals(timezone, other.timezone)
                && Objects.equals(features, other.features);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, serial, label, x, y, map, venue, timezone, features);
    }

    @Override
    public String toString() {
        return "GatewayDto{" + "id=" + id
                + ", serial=" + serial
                + ", label=" + label
                + ", x=" + x
                + ", y=" + y
                + ", map=" + map
                + ", venue=" + venue
                + ", timezone=" + timezone
                + ", features=" + features + "}";
    }
}
