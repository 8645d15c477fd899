package io.camelnextome.simulator.schema;

/** The JSON types the Nextostats schemas use. */
public enum FieldType {
    INTEGER,
    NUMBER,
    STRING,
    BOOLEAN,
    OBJECT,
    ARRAY
}
