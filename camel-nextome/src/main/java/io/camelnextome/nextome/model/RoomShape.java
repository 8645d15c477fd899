package io.camelnextome.nextome.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The shape of a room. Values this version does not know read as {@link #UNKNOWN}.
 */
public enum RoomShape {
    @JsonEnumDefaultValue
    UNKNOWN,
    CIRCLE,
    POLYGON
}
