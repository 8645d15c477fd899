package io.camelnextome.nextome.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a trackable is attached to. Values this version does not know read as {@link #UNKNOWN}.
 */
public enum TrackableUsage {
    @JsonEnumDefaultValue
    UNKNOWN,
    ASSET,
    PERSON
}
