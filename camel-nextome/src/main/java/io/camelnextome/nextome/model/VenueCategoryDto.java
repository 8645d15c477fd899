package io.camelnextome.nextome.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A venue category with its features. Schema {@code VenueCategoryDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VenueCategoryDto {

    private Long id;
    private String name;
    private String icon;
    private List<FeatureDto> features;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
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
        if (!(o instanceof VenueCategoryDto)) {
            return false;
        }
        VenueCategoryDto other = (VenueCategoryDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(icon, other.icon)
                && Objects.equals(features, other.features);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, icon, features);
    }

    @Override
    public String toString() {
        return "VenueCategoryDto{" + "id=" + id
                + ", name=" + name
                + ", icon=" + icon
                + ", features=" + features + "}";
    }
}
