package io.camelnextome.examples.pipeline;

import java.util.HashMap;
import java.util.Map;

import io.camelnextome.nextome.model.LocationDto;

/**
 * The {@code positions} table of the PostgreSQL sink, and the row of one position. A position is identified by
 * (trackable, provider, timestampGenerated): the table's unique key, on which a repeated insert does nothing.
 */
public final class PositionRows {

    /** The table, created when missing. */
    public static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS positions (
                trackable           VARCHAR(255) NOT NULL,
                provider            BIGINT       NOT NULL,
                timestamp_generated BIGINT       NOT NULL,
                map_id              BIGINT,
                room                BIGINT,
                x                   DOUBLE PRECISION,
                y                   DOUBLE PRECISION,
                created_at          BIGINT,
                CONSTRAINT positions_identity UNIQUE (trackable, provider, timestamp_generated)
            )""";

    /** The insert of one row (camel-sql named parameters); with {@code batch=true} the body is a list of rows. */
    public static final String INSERT = "INSERT INTO positions (trackable, provider, timestamp_generated, map_id, room,"
                                        + " x, y, created_at) VALUES (:#trackable, :#provider, :#timestamp_generated,"
                                        + " :#map_id, :#room, :#x, :#y, :#created_at)"
                                        + " ON CONFLICT (trackable, provider, timestamp_generated) DO NOTHING";

    private PositionRows() {
    }

    /** The row of a position; a position without provider gets none, and the table refuses it. */
    public static Map<String, Object> row(LocationDto position) {
        Map<String, Object> row = new HashMap<>();
        row.put("trackable", position.getTrackable());
        row.put("provider", position.getProvider() == null ? null : position.getProvider().getId());
        row.put("timestamp_generated", position.getTimestampGenerated());
        row.put("map_id", position.getMap());
        row.put("room", position.getRoom());
        row.put("x", position.getX());
        row.put("y", position.getY());
        row.put("created_at", position.getCreatedAt());
        return row;
    }
}
