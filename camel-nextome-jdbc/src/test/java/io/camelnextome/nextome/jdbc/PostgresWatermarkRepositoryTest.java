package io.camelnextome.nextome.jdbc;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract against a real PostgreSQL 17 server, started from a Maven artifact on a free loopback port. */
class PostgresWatermarkRepositoryTest extends JdbcWatermarkRepositoryContract {

    @Override
    protected DataSource dataSource() {
        return SharedPostgres.dataSource();
    }

    /**
     * The dev console, JMX and the consumer's health show a failed poll by its message alone: it says why the
     * database failed, not only that it did.
     */
    @Test
    void aReadOrWriteTheDatabaseFailsSaysWhy() {
        JdbcWatermarkRepository repository = new JdbcWatermarkRepository(SharedPostgres.newDatabase("refusing"), "w");
        repository.start();
        repository.getState("k");
        SharedPostgres.allowConnections("refusing", false);
        try {
            for (Runnable call : new Runnable[] { () -> repository.getState("k"), () -> repository.setState("k", "1") }) {
                IllegalStateException failed = assertThrows(IllegalStateException.class, call::run);
                assertTrue(failed.getMessage().contains("'k'") && failed.getMessage().contains("not currently accepting"
                                                                                                 + " connections"),
                        failed.getMessage());
            }
        } finally {
            SharedPostgres.allowConnections("refusing", true);
            repository.stop();
        }
    }

    /** PostgreSQL's VARCHAR(255) holds 255 characters, also where each takes two Java chars (a stateKey with emoji). */
    @Test
    void aKeyOfAsManyCharactersAsTheColumnHoldsIsAccepted() {
        JdbcWatermarkRepository repository = new JdbcWatermarkRepository(SharedPostgres.dataSource(), "wide_chars");
        repository.start();
        try {
            String key = "venue-" + "\uD83C\uDFE2".repeat(249);
            assertEquals(255, key.codePointCount(0, key.length()));
            repository.checkKey(key);
            repository.setState(key, "1700000000000");
            assertEquals("1700000000000", repository.getState(key));
        } finally {
            repository.stop();
        }
    }
}
