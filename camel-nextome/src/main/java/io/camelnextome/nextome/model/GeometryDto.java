package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GeoJSON-like geometry; only its type is described by the API. Schema {@code GeometryDto} of the Nextostats API,
 * plus the GeoJSON {@code coordinates} (in map pixels) that a fence's region carries, kept as JSON so that no
 * geometry type is lost.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GeometryDto {

    private String type;
    private JsonNode coordinates;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public JsonNode getCoordinates() {
        return coordinates;
    }

    public void setCoordinates(JsonNode coordinates) {
        this.coordinates = coordinates;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GeometryDto)) {
            return false;
        }
        GeometryDto other = (GeometryDto) o;
        return Objects.equals(type, other.type) && Objects.equals(coordinates, other.coordinates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, coordinates);
    }

    @Override
    public String toString() {
        return "GeometryDto{" + "type=" + type + ", coordinates=" + coordinates + "}";
    }
}
