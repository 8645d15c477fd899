package io.camelnextome.nextome.model;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A venue (a site with one map per floor) and its tracking settings. Schema {@code VenueDto} of the Nextostats API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VenueDto {

    private Long id;
    private String name;
    private String timezone;
    private Boolean tagHistoryEnabled;
    private Boolean tagAnalyticsEnabled;
    private Integer tagRetentionDays;
    private Boolean smartphoneHistoryEnabled;
    private Boolean smartphoneAnalyticsEnabled;
    private Integer smartphoneRetentionDays;
    private Integer tagTrackingDetectionsFilter;
    private Integer tagTrackingDetectionsSample;
    private Integer tagTrackingRssiThreshold;
    private Integer tagTrackingSlotTime;
    private Float tagTrackingAlphaNoise;
    private Integer tagTrackingRate;
    private Integer tagTrackingPositionsFilter;
    private List<VenueCategoryDto> categories;

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

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public Boolean getTagHistoryEnabled() {
        return tagHistoryEnabled;
    }

    public void setTagHistoryEnabled(Boolean tagHistoryEnabled) {
        this.tagHistoryEnabled = tagHistoryEnabled;
    }

    public Boolean getTagAnalyticsEnabled() {
        return tagAnalyticsEnabled;
    }

    public void setTagAnalyticsEnabled(Boolean tagAnalyticsEnabled) {
        this.tagAnalyticsEnabled = tagAnalyticsEnabled;
    }

    public Integer getTagRetentionDays() {
        return tagRetentionDays;
    }

    public void setTagRetentionDays(Integer tagRetentionDays) {
        this.tagRetentionDays = tagRetentionDays;
    }

    public Boolean getSmartphoneHistoryEnabled() {
        return smartphoneHistoryEnabled;
    }

    public void setSmartphoneHistoryEnabled(Boolean smartphoneHistoryEnabled) {
        this.smartphoneHistoryEnabled = smartphoneHistoryEnabled;
    }

    public Boolean getSmartphoneAnalyticsEnabled() {
        return smartphoneAnalyticsEnabled;
    }

    public void setSmartphoneAnalyticsEnabled(Boolean smartphoneAnalyticsEnabled) {
        this.smartphoneAnalyticsEnabled = smartphoneAnalyticsEnabled;
    }

    public Integer getSmartphoneRetentionDays() {
        return smartphoneRetentionDays;
    }

    public void setSmartphoneRetentionDays(Integer smartphoneRetentionDays) {
        this.smartphoneRetentionDays = smartphoneRetentionDays;
    }

    public Integer getTagTrackingDetectionsFilter() {
        return tagTrackingDetectionsFilter;
    }

    public void setTagTrackingDetectionsFilter(Integer tagTrackingDetectionsFilter) {
        this.tagTrackingDetectionsFilter = tagTrackingDetectionsFilter;
    }

    public Integer getTagTrackingDetectionsSample() {
        return tagTrackingDetectionsSample;
    }

    public void setTagTrackingDetectionsSample(Integer tagTrackingDetectionsSample) {
        this.tagTrackingDetectionsSample = tagTrackingDetectionsSample;
    }

    public Integer getTagTrackingRssiThreshold() {
        return tagTrackingRssiThreshold;
    }

    public void setTagTrackingRssiThreshold(Integer tagTrackingRssiThreshold) {
        this.tagTrackingRssiThreshold = tagTrackingRssiThreshold;
    }

    public Integer getTagTrackingSlotTime() {
        return tagTrackingSlotTime;
    }

    public void setTagTrackingSlotTime(Integer tagTrackingSlotTime) {
        this.tagTrackingSlotTime = tagTrackingSlotTime;
    }

    public Float getTagTrackingAlphaNoise() {
        return tagTrackingAlphaNoise;
    }

    public void setTagTrackingAlphaNoise(Float tagTrackingAlphaNoise) {
        this.tagTrackingAlphaNoise = tagTrackingAlphaNoise;
    }

    public Integer getTagTrackingRate() {
        return tagTrackingRate;
    }

    public void setTagTrackingRate(Integer tagTrackingRate) {
        this.tagTrackingRate = tagTrackingRate;
    }

    public Integer getTagTrackingPositionsFilter() {
        return tagTrackingPositionsFilter;
    }

    public void setTagTrackingPositionsFilter(Integer tagTrackingPositionsFilter) {
        this.tagTrackingPositionsFilter = tagTrackingPositionsFilter;
    }

    public List<VenueCategoryDto> getCategories() {
        return categories;
    }

    public void setCategories(List<VenueCategoryDto> categories) {
        this.categories = categories;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VenueDto)) {
            return false;
        }
        VenueDto other = (VenueDto) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(timezone, other.timezone)
                && Objects.equals(tagHistoryEnabled, other.tagHistoryEnabled)
                && Objects.equals(tagAnalyticsEnabled, other.tagAnalyticsEnabled)
                && Objects.equals(tagRetentionDays, other.tagRetentionDays)
                && Objects.equals(smartphoneHistoryEnabled, other.smartphoneHistoryEnabled)
                && Objects.equals(smartphoneAnalyticsEnabled, other.smartphoneAnalyticsEnabled)
                && Objects.equals(smartphoneRetentionDays, other.smartphoneRetentionDays)
                && Objects.equals(tagTrackingDetectionsFilter, other.tagTrackingDetectionsFilter)
                && Objects.equals(tagTrackingDetectionsSample, other.tagTrackingDetectionsSample)
                && Objects.equals(tagTrackingRssiThreshold, other.tagTrackingRssiThreshold)
                && Objects.equals(tagTrackingSlotTime, other.tagTrackingSlotTime)
                && Objects.equals(tagTrackingAlphaNoise, other.tagTrackingAlphaNoise)
                && Objects.equals(tagTrackingRate, other.tagTrackingRate)
                && Objects.equals(tagTrackingPositionsFilter, other.tagTrackingPositionsFilter)
                && Objects.equals(categories, other.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, timezone, tagHistoryEnabled, tagAnalyticsEnabled, tagRetentionDays, smartphoneHistoryEnabled, smartphoneAnalyticsEnabled, smartphoneRetentionDays, tagTrackingDetectionsFilter, tagTrackingDetectionsSample, tagTrackingRssiThreshold, tagTrackingSlotTime, tagTrackingAlphaNoise, tagTrackingRate, tagTrackingPositionsFilter, categories);
    }

    @Override
    public String toString() {
        return "VenueDto{" + "id=" + id
                + ", name=" + name
                + ", timezone=" + timezone
                + ", tagHistoryEnabled=" + tagHistoryEnabled
                + ", tagAnalyticsEnabled=" + tagAnalyticsEnabled
                + ", tagRetentionDays=" + tagRetentionDays
                + ", smartphoneHistoryEnabled=" + smartphoneHistoryEnabled
                + ", smartphoneAnalyticsEnabled=" + smartphoneAnalyticsEnabled
                + ", smartphoneRetentionDays=" + smartphoneRetentionDays
                + ", tagTrackingDetectionsFilter=" + tagTrackingDetectionsFilter
                + ", tagTrackingDetectionsSample=" + tagTrackingDetectionsSample
                + ", tagTrackingRssiThreshold=" + tagTrackingRssiThreshold
                + ", tagTrackingSlotTime=" + tagTrackingSlotTime
                + ", tagTrackingAlphaNoise=" + tagTrackingAlphaNoise
                + ", tagTrackingRate=" + tagTrackingRate
                + ", tagTrackingPositionsFilter=" + tagTrackingPositionsFilter
                + ", categories=" + categories + "}";
    }
}
