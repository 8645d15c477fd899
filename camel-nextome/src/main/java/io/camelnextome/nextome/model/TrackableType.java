package io.camelnextome.nextome.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The kind of a trackable. Values this version does not know read as {@link #UNKNOWN}.
 */
public enum TrackableType {
    @JsonEnumDefaultValue
    UNKNOWN,
    OMLOX,
    VIRTUAL
}
