package io.camelnextome.nextome.jdbc;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The contract against an in-memory H2 database: the repository's SQL is not PostgreSQL's only. */
class H2WatermarkRepositoryTest extends JdbcWatermarkRepositoryContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:watermarks;DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return H2;
    }
}
