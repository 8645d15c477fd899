package io.camelnextome.nextome.jdbc;

import javax.sql.DataSource;

/** The contract against a real PostgreSQL 17 server, started from a Maven artifact on a free loopback port. */
class PostgresWatermarkRepositoryTest extends JdbcWatermarkRepositoryContract {

    @Override
    protected DataSource dataSource() {
        return SharedPostgres.dataSource();
    }
}
