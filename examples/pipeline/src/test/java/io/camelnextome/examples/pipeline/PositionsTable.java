package io.camelnextome.examples.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** What the tests read from (and do to) the sink's database. */
final class PositionsTable {

    private final DataSource dataSource;

    PositionsTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long rows() {
        return single("SELECT COUNT(*) FROM positions");
    }

    long distinctPositions() {
        return single("SELECT COUNT(*) FROM (SELECT DISTINCT trackable, provider, timestamp_generated FROM positions) p");
    }

    /**
     * From now on records every row the sink offers to {@code positions}, repeats included, in
     * {@code position_deliveries}: a row trigger fires before the unique key is checked, in the insert's own
     * transaction, so a repeat that {@code ON CONFLICT DO NOTHING} absorbs is counted too, and a kill loses no count.
     * The example's table and insert stay as they are.
     */
    void recordDeliveries() {
        execute("CREATE TABLE position_deliveries (trackable VARCHAR(255), provider BIGINT, timestamp_generated BIGINT)");
        execute("CREATE FUNCTION record_position_delivery() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " INSERT INTO position_deliveries VALUES (NEW.trackable, NEW.provider, NEW.timestamp_generated);"
                + " RETURN NEW; END $$");
        execute("CREATE TRIGGER position_delivery BEFORE INSERT ON positions FOR EACH ROW"
                + " EXECUTE FUNCTION record_position_delivery()");
    }

    /** The rows the sink offered since {@link #recordDeliveries()}, each repeat counted. */
    long deliveries() {
        return single("SELECT COUNT(*) FROM position_deliveries");
    }

    long rowsWhere(String condition) {
        return single("SELECT COUNT(*) FROM positions WHERE " + condition);
    }

    /** The timestamp of the stream's saved watermark, or -1 when none is saved. */
    long watermark(String stateKey) {
        String value = text("SELECT state_value FROM nextome_watermarks WHERE state_key = '" + stateKey + "'");
        return value == null ? -1 : Long.parseLong(value.split("[:|]")[0]);
    }

    /** The version of the stream's saved watermark (one more with each save), or -1 when none is saved. */
    long watermarkVersion(String stateKey) {
        String value = text("SELECT version FROM nextome_watermarks WHERE state_key = '" + stateKey + "'");
        return value == null ? -1 : Long.parseLong(value);
    }

    void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long single(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
