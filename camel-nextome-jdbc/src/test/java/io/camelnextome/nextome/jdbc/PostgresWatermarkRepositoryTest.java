package io.camelnextome.nextome.jdbc;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against a real PostgreSQL 17 server, started from a Maven artifact on a free loopback port. */
class PostgresWatermarkRepositoryTest extends JdbcWatermarkRepositoryContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }
}
