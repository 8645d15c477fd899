package io.camelnextome.nextome.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The kind of a location provider. Values this version does not know read as {@link #UNKNOWN}.
 */
public enum LocationProviderType {
    @JsonEnumDefaultValue
    UNKNOWN,
    IBEACON,
    AOA,
    VIRTUAL,
    GPS,
    UWB,
    WIFI,
    RFID
}
