package io.camelnextome.nextome.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The ground control points of a map and the resulting rotation angle. Schema {@code GcpsDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpsDto {

    private List<GcpDto> gcps;
    private Double angle;

    public List<GcpDto> getGcps() {
        return gcps;
    }

    public void setGcps(List<GcpDto> gcps) {
        this.gcps = gcps;
    }

    public Double getAngle() {
        return angle;
    }

    public void setAngle(Double angle) {
        this.angle = angle;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GcpsDto)) {
            return false;
        }
        GcpsDto other = (GcpsDto) o;
        return Objects.equals(gcps, other.gcps)
                && Objects.equals(angle, other.angle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gcps, angle);
    }

    @Override
    public String toString() {
        return "GcpsDto{" + "gcps=" + gcps
                + ", angle=" + angle + "}";
    }
}
