package io.camelnextome.nextome.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The short form of a location provider (beacon, tag). Schema {@code LocationProviderSimpleDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LocationProviderSimpleDto {

    private Long id;
    private LocationProviderType type;
    private String uuid;
    private Integer major;
    private Integer minor;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocationProviderType getType() {
        return type;
    }

    public void setType(LocationProviderType type) {
        this.type = type;
    }

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public Integer getMajor() {
        return major;
    }

    public void setMajor(Integer major) {
        this.major = major;
    }

    public Integer getMinor() {
        return minor;
    }

    public void setMinor(Integer minor) {
        this.minor = minor;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LocationProviderSimpleDto)) {
            return false;
        }
        LocationProviderSimpleDto other = (LocationProviderSimpleDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(type, other.type)
                && Objects.equals(uuid, other.uuid)
                && Objects.equals(major, other.major)
                && Objects.equals(minor, other.minor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, uuid, major, minor);
    }

    @Override
    public String toString() {
        return "LocationProviderSimpleDto{" + "id=" + id
                + ", type=" + type
                + ", uuid=" + uuid
                + ", major=" + major
                + ", minor=" + minor + "}";
    }
}
