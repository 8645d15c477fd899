package io.camelnextome.nextome.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.camelnextome.nextome.consumer.ClaimingStateRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in a SQL table, for the watermarks of incremental consumers that several instances
 * share. Every {@link #getState} reads the table (read-through), and every {@link #setState} is a compare-and-set
 * on the row's version: it succeeds only when the row is still at the version this repository last wrote for the
 * key (or first read, before its first write or after a conflict). Later reads do not move that version: the dev
 * console, JMX or a lag gauge read the watermark while a poll runs, and their read must not let the poll's write
 * pass over a newer one. When another instance moved the watermark in between (both briefly believed they led), the
 * write fails with a {@link WatermarkConflictException} and changes nothing, so a watermark never goes backwards and
 * never overwrites another instance's progress: the consumer that gets it stops polling. A consumer
 * {@link #claim claims} each key when it starts, so its writes compare with what it found then, not with a version
 * left from an earlier leadership of the same instance.
 * <p>
 * The table is created when it is missing, with {@link #createTableStatement(String)}.
 */
public class JdbcWatermarkRepository extends ServiceSupport
        implements StateRepository<String, String>, ClaimingStateRepository {

    public static final String DEFAULT_TABLE_NAME = "nextome_watermarks";

    /** A table name, optionally schema-qualified: letters, digits and underscores only, as it is put into SQL. */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /**
     * The version of a key that has no row yet. Every write sets a version the writer chose at random (not the next
     * number): a row holding a version this repository sent is its own write, whatever text another wrote.
     */
    private static final long ABSENT = 0;
    /** The unanswered writes of a key remembered: one poll writes once, and retries come at poll intervals. */
    private static final int MAX_UNANSWERED = 8;

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    /** Per key, the version this repository last wrote, or first read since: what the next write compares with. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    /**
     * Per key, the versions of writes whose answer was lost since the last one answered (the connection failed after
     * the statement was sent): the database may have committed one of them, and the row holding it is no conflict.
     */
    private final Map<String, Deque<Long>> unanswered = new ConcurrentHashMap<>();
    /** How many characters column state_key holds, as the table says at start (0 when it does not say). */
    private int keyWidth;

    public JdbcWatermarkRepository() {
    }

    public JdbcWatermarkRepository(DataSource dataSource, String tableName) {
        setDataSource(dataSource);
        setTableName(tableName);
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /**
     * Where the table is; connections are taken for each read and write and closed right after. A failure names the
     * driver's reason in its message: the console, JMX and the consumer's health check show the message alone.
     */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table of the watermarks (default {@value #DEFAULT_TABLE_NAME}), optionally as {@code schema.table}. */
    public void setTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("Option 'tableName' must be a SQL name of letters, digits and "
                                               + "underscores (optionally schema.table), not '" + tableName + "'");
        }
        this.tableName = tableName;
    }

    /**
     * The DDL run when the table is missing, for the database named (JDBC's {@code getDatabaseProductName}); create
     * it beforehand with your own types if you prefer.
     */
    public String createTableStatement(String databaseProductName) {
        return "CREATE TABLE " + tableName + " (state_key VARCHAR(255) NOT NULL PRIMARY KEY, state_value "
               + largeTextType(databaseProductName)
               + " NOT NULL, version BIGINT NOT NULL, updated_at TIMESTAMP NOT NULL)";
    }

    /**
     * A text type without a small bound: the lateness keys saved under {@code <stateKey>.late} reach about 1.9 MB
     * per save at 1,000 positions/s. PostgreSQL's {@code TEXT}, MySQL's and MariaDB's {@code LONGTEXT}, SQL Server's
     * {@code NVARCHAR(MAX)}, and else the SQL standard's {@code CLOB} (H2, Oracle, DB2, Derby, HSQLDB).
     */
    static String largeTextType(String databaseProductName) {
        String product = databaseProductName == null ? "" : databaseProductName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "TEXT";
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return "LONGTEXT";
        }
        if (product.contains("microsoft")) {
            return "NVARCHAR(MAX)";
        }
        return "CLOB";
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("Option 'dataSource' of JdbcWatermarkRepository must be set");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection)) {
                createTable(connection);
            }
            keyWidth = keyWidth(connection);
        }
    }

    @Override
    public String getState(String key) {
        return read(key, false);
    }

    /** A consumer starts to own key: its writes compare with the version read now, not one from before. */
    @Override
    public String claim(String key) {
        return read(key, true);
    }

    private String read(String key, boolean claim) {
        checkKey(key);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     selectRow())) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                String value = row.next() ? row.getString(1) : null;
                long version = value == null ? ABSENT : row.getLong(2);
                if (claim) {
                    versions.put(key, version);
                } else {
                    versions.putIfAbsent(key, version);
                }
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the watermark '" + key + "' from table " + tableName + ": "
                                            + e.getMessage(), e);
        }
    }

    /**
     * Writes the watermark if the row is still at the version last written here (or first read since the last
     * conflict); otherwise throws {@link WatermarkConflictException} and leaves the row as the other writer left it.
     * A key not read since its last conflict (or never read) can only be created: {@link #getState}
     * it first.
     */
    @Override
    public void setState(String key, String value) {
        checkKey(key);
        long expected = versions.getOrDefault(key, ABSENT);
        long next = nextVersion(expected);
        boolean connected = false;
        try (Connection connection = dataSource.getConnection()) {
            connected = true;
            boolean written = write(connection, key, value, expected, next);
            if (!written) {
                Long own = ownUnansweredVersion(connection, key);
                if (own != null) {
                    expected = own;
                    next = nextVersion(expected);
                    written = write(connection, key, value, expected, next);
                }
            }
            unanswered.remove(key);
            if (!written) {
                versions.remove(key);
                throw new WatermarkConflictException(key, tableName, expected);
            }
            versions.put(key, next);
        } catch (SQLException e) {
            // the version stays: a refused write (a value beyond the column's bound, a lost connection) is no other
            // instance's, and the next write must not become a first insert that then looks like a lost ownership.
            // Sent and unanswered, it may have been committed: the next write, finding it in the row, carries on
            if (connected) {
                Deque<Long> sent = unanswered.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
                sent.addLast(next);
                if (sent.size() > MAX_UNANSWERED) {
                    sent.pollFirst();
                }
            }
            throw new IllegalStateException("Cannot write the watermark '" + key + "' to table " + tableName + ": "
                                            + e.getMessage(), e);
        }
    }

    /** A random version for the next write: neither that of a missing row nor the one it replaces. */
    private static long nextVersion(long expected) {
        long next;
        do {
            next = ThreadLocalRandom.current().nextLong();
        } while (next == ABSENT || next == expected);
        return next;
    }

    private boolean write(Connection connection, String key, String value, long expected, long next)
            throws SQLException {
        boolean written = expected == ABSENT
                ? insert(connection, key, value, next) : update(connection, key, value, expected, next);
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return written;
    }

    /**
     * The row's version when it is one this repository wrote without getting the answer (the database committed it
     * and the connection dropped before it said so), else null: then another instance moved it, even when to the
     * same text.
     */
    private Long ownUnansweredVersion(Connection connection, String key) throws SQLException {
        Deque<Long> sent = unanswered.get(key);
        if (sent == null || sent.isEmpty()) {
            return null;
        }
        try (PreparedStatement select = connection.prepareStatement(
                selectRow())) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                long version = row.getLong(2);
                return sent.contains(version) ? version : null;
            }
        }
    }

    /**
     * A key longer than column state_key fails every read and write: say which and why, before the database does.
     * The consumer asks when it starts, so its route fails to start instead.
     */
    @Override
    public void checkKey(String key) {
        // characters as SQL counts them: a code point outside the BMP is two Java chars
        int length = keyWidth > 0 && key.length() > keyWidth ? key.codePointCount(0, key.length()) : 0;
        if (length > keyWidth) {
            throw new IllegalArgumentException("The watermark key '" + key + "' is " + length + " characters "
                                               + "long, and column state_key of table " + tableName + " holds "
                                               + keyWidth + ": set a shorter stateKey on the consumer (or widen the "
                                               + "column)");
        }
    }

    private int keyWidth(Connection connection) throws SQLException {
        try (Statement probe = connection.createStatement();
             ResultSet none = probe.executeQuery(noRows())) {
            return none.getMetaData().getPrecision(1);
        }
    }

    private boolean update(Connection connection, String key, String value, long expected, long next)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + tableName
                + " SET state_value = ?, version = ?, updated_at = ? WHERE state_key = ? AND version = ?")) {
            update.setString(1, value);
            update.setLong(2, next);
            update.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
            update.setString(4, key);
            update.setLong(5, expected);
            return update.executeUpdate() == 1;
        }
    }

    /** The first write of a key; another instance's first write of it wins through the primary key. */
    private boolean insert(Connection connection, String key, String value, long version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + tableName
                + " (state_key, state_value, version, updated_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.setLong(3, version);
            insert.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                return false;
            }
            throw e;
        }
    }

    /** A key's value and version. */
    private String selectRow() {
        return "SELECT state_value, version FROM " + tableName + " WHERE state_key = ?";
    }

    /** No row, but the table's columns: fails when the table is missing. */
    private String noRows() {
        return "SELECT state_key FROM " + tableName + " WHERE 1 = 0";
    }

    /** SQLSTATE class 23 is an integrity constraint violation; on an insert of a key, the primary key's. */
    private static boolean isUniqueViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private boolean tableExists(Connection connection) {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery(noRows()).close();
            return true;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            return false;
        }
    }

    /** Another instance starting at the same moment may create it first: then its table is used. */
    private void createTable(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(createTableStatement(connection.getMetaData().getDatabaseProductName()));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly(connection);
            if (!tableExists(connection)) {
                throw new IllegalStateException("Cannot create the watermark table " + tableName + ": " + e.getMessage(),
                        e);
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the statement's own failure is what matters
        }
    }

    @Override
    protected void doStop() {
        versions.clear();
        unanswered.clear();
    }

    @Override
    public String toString() {
        return "JdbcWatermarkRepository[" + tableName + "]";
    }
}
