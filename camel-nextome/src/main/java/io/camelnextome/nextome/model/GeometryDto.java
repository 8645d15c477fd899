package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A GeoJSON-like geometry; only its type is described by the API. Schema {@code GeometryDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GeometryDto {

    private String type;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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
        return Objects.equals(type, other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type);
    }

    @Override
    public String toString() {
        return "GeometryDto{" + "type=" + type + "}";
    }
}
