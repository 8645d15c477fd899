package io.camelnextome.nextome.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link JdbcWatermarkRepository} promises, run against each database of a subclass. */
abstract class JdbcWatermarkRepositoryContract {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final String KEY = "locations/positions(venueId:1)";

    /** A fresh table per test, so the tests share one server. */
    private final String table = "watermarks_" + TABLES.incrementAndGet();
    private final List<JdbcWatermarkRepository> started = new ArrayList<>();

    protected abstract DataSource dataSource();

    @AfterEach
    void stopRepositories() {
        started.forEach(JdbcWatermarkRepository::stop);
    }

    private JdbcWatermarkRepository repository() {
        JdbcWatermarkRepository repository = new JdbcWatermarkRepository();
        repository.setDataSource(dataSource());
        repository.setTableName(table);
        repository.start();
        started.add(repository);
        return repository;
    }

    @Test
    void createsItsTableWhenMissingAndKeepsTheWatermarks() throws SQLException {
        JdbcWatermarkRepository repository = repository();
        assertTrue(rows() == 0, "the table exists, empty");
        assertNull(repository.getState(KEY));
        repository.setState(KEY, "1700000000000:T-001|1");
        repository.setState(KEY, "1700000000500");
        assertEquals("1700000000500", repository.getState(KEY));
        assertEquals(1, rows());

        repository.stop();
        JdbcWatermarkRepository restarted = repository();   // the table exists now: it is used as it is
        assertEquals("1700000000500", restarted.getState(KEY));
    }

    /** A default key (the operation and its filter options) can outgrow column state_key: say so, naming it. */
    @Test
    void aKeyLongerThanTheColumnIsNamedWithItsLength() throws SQLException {
        JdbcWatermarkRepository repository = repository();
        String key = "locations/positions(venueId:1,tagIds:" + "T-0001,".repeat(40) + ")";
        for (Runnable call : new Runnable[] { () -> repository.getState(key), () -> repository.claim(key),
                () -> repository.setState(key, "1") }) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, call::run);
            assertTrue(refused.getMessage().contains("'" + key + "' is " + key.length() + " characters")
                       && refused.getMessage().contains("holds 255") && refused.getMessage().contains("stateKey"),
                    refused.getMessage());
        }
        assertEquals(0, rows());
    }

    @Test
    void everyReadGoesToTheDatabase() {
        JdbcWatermarkRepository first = repository();
        JdbcWatermarkRepository second = repository();
        first.getState(KEY);
        first.setState(KEY, "100");
        assertEquals("100", second.getState(KEY));
        second.setState(KEY, "200");
        assertEquals("200", first.getState(KEY), "no cached value");
    }

    @Test
    void theInstanceThatLostIsToldAndDoesNotOverwriteTheOthersProgress() {
        JdbcWatermarkRepository leader = repository();
        JdbcWatermarkRepository formerLeader = repository();
        leader.getState(KEY);
        leader.setState(KEY, "100");
        assertEquals("100", formerLeader.getState(KEY));
        assertEquals("100", leader.getState(KEY));

        leader.setState(KEY, "300");   // both believe they lead: the new leader moves on...
        WatermarkConflictException conflict = assertThrows(WatermarkConflictException.class,
                () -> formerLeader.setState(KEY, "200"));   // ...and the old one's write, from version 1, loses
        assertEquals(KEY, conflict.getKey());
        assertTrue(conflict.getMessage().contains("'" + KEY + "'") && conflict.getMessage().contains(table),
                conflict.getMessage());
        assertEquals("300", leader.getState(KEY), "the winner's watermark stays");

        assertThrows(WatermarkConflictException.class, () -> formerLeader.setState(KEY, "250"),
                "after losing, no write before reading the watermark again");
        assertEquals("300", formerLeader.getState(KEY));
        formerLeader.setState(KEY, "400");   // having read it, it continues from there
        assertEquals("400", leader.getState(KEY));
    }

    /**
     * The dev console, JMX and the lag gauge read the watermark through the same repository while a poll runs: such a
     * read must not make the poll's stale write pass the compare-and-set.
     */
    @Test
    void aReadBetweenAPollsStartAndItsWriteDoesNotLetAStaleWriteThrough() {
        JdbcWatermarkRepository formerLeader = repository();
        JdbcWatermarkRepository leader = repository();
        formerLeader.getState(KEY);
        formerLeader.setState(KEY, "100");   // its poll began here, at version 1
        assertEquals("100", leader.getState(KEY));
        leader.setState(KEY, "300");         // the new leader moves on

        assertEquals("300", formerLeader.getState(KEY));   // the former leader's lag gauge reads the watermark
        assertThrows(WatermarkConflictException.class, () -> formerLeader.setState(KEY, "200"),
                "the former leader's poll had not read the new watermark");
        assertEquals("300", leader.getState(KEY), "never backwards");
    }

    /**
     * A consumer claims its key when it starts: an instance that led before, lost the lead and leads again writes
     * after what the other left, not against the version of its earlier leadership; and claiming loses nothing of
     * the compare-and-set for the one that did not claim since.
     */
    @Test
    void aConsumerThatStartsAgainClaimsTheKeyWhereTheOtherLeftIt() {
        JdbcWatermarkRepository first = repository();
        JdbcWatermarkRepository second = repository();
        first.claim(KEY);
        first.setState(KEY, "100");        // first leads
        assertEquals("100", second.claim(KEY));
        second.setState(KEY, "200");       // second took over
        assertEquals("200", first.claim(KEY));
        first.setState(KEY, "300");        // first leads again, from where second left it
        assertThrows(WatermarkConflictException.class, () -> second.setState(KEY, "250"),
                "second did not claim since");
        assertEquals("300", second.getState(KEY));
    }

    /** The lateness keys of a stream of 1,000 positions/s come to about 1.9 MB per save. */
    @Test
    void aStateOfMoreThanTwoMegabytesRoundTrips() {
        JdbcWatermarkRepository repository = repository();
        String late = "1700000000000:" + "0123456789abcdef,".repeat(130_000);   // 2.2 million characters
        repository.getState(KEY + ".late");
        repository.setState(KEY + ".late", late);
        assertEquals(late, repository().getState(KEY + ".late"));
    }

    /**
     * A write the database refuses (here a value beyond the bound of a table created beforehand with its own DDL,
     * as an earlier version's VARCHAR(1000000) was) fails with its cause, and is not taken for another instance's
     * write: the next write of the same instance, with nothing read in between (as the lateness keys are saved),
     * still compares with the version it wrote last, and passes.
     */
    @Test
    void aWriteTheDatabaseRefusedIsNotTakenForALostOwnership() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE " + table + " (state_key VARCHAR(255) NOT NULL PRIMARY KEY, state_value"
                           + " VARCHAR(64) NOT NULL, version BIGINT NOT NULL, updated_at TIMESTAMP NOT NULL)");
        }
        JdbcWatermarkRepository repository = repository();
        repository.claim(KEY);
        repository.setState(KEY, "100");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> repository.setState(KEY, "9".repeat(65)));
        assertFalse(refused instanceof WatermarkConflictException, refused.getMessage());
        repository.setState(KEY, "200");
        assertEquals("200", repository().getState(KEY));
    }

    @Test
    void twoFirstWritesOfAKeyCannotBothWin() {
        JdbcWatermarkRepository first = repository();
        JdbcWatermarkRepository second = repository();
        assertNull(first.getState(KEY));
        assertNull(second.getState(KEY));
        second.setState(KEY, "500");
        assertThrows(WatermarkConflictException.class, () -> first.setState(KEY, "100"));
        assertEquals("500", first.getState(KEY));
    }

    @Test
    void twoInstancesRacingOnOneKeyLoseNoUpdate() throws Exception {
        int incrementsEach = 20;   // each round opens connections: PostgreSQL forks a process for each
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> racing = new ArrayList<>();
            for (JdbcWatermarkRepository instance : new JdbcWatermarkRepository[] { repository(), repository() }) {
                racing.add(pool.submit(() -> {
                    for (int done = 0; done < incrementsEach;) {
                        String current = instance.getState(KEY);
                        long next = (current == null ? 0 : Long.parseLong(current)) + 1;
                        try {
                            instance.setState(KEY, Long.toString(next));
                            done++;
                        } catch (WatermarkConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : racing) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertEquals(Long.toString(2L * incrementsEach), repository().getState(KEY),
                    "every write that succeeded built on the one before it (" + conflicts.get() + " conflicts)");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBadTableNameIsRefusedNamingTheOption() {
        JdbcWatermarkRepository repository = new JdbcWatermarkRepository();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> repository.setTableName("watermarks; DROP TABLE positions"));
        assertTrue(e.getMessage().contains("'tableName'") && e.getMessage().contains("DROP TABLE"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aMissingDataSourceFailsTheStartNamingTheOption() {
        JdbcWatermarkRepository repository = new JdbcWatermarkRepository();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, repository::start);
        assertTrue(e.getMessage().contains("'dataSource'"), e.getMessage());
    }

    private long rows() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement count = connection.createStatement();
             ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
