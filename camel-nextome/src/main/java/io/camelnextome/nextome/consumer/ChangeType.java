package io.camelnextome.nextome.consumer;

/** What happened to an element of an entity list since the previous poll of a change feed. */
public enum ChangeType {
    CREATED,
    UPDATED,
    DELETED
}
