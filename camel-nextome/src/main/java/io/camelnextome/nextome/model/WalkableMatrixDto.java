package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The walkable matrix of a map, base64 encoded. Schema {@code WalkableMatrixDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WalkableMatrixDto {

    private Long id;
    private String data;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WalkableMatrixDto)) {
            return false;
        }
        WalkableMatrixDto other = (WalkableMatrixDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, data);
    }

    @Override
    public String toString() {
        return "WalkableMatrixDto{" + "id=" + id
                + ", data=" + data + "}";
    }
}
