package io.camelnextome.nextome.jdbc;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

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
}
