package io.camelnextome.examples.pipeline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.camelnextome.simulator.NextomeSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline's routes with Camel Main until stopped. What the environment names is used; what it does not
 * name is started here, on loopback: the Nextome simulator without {@code NEXTOME_CLIENT_ID}, a PostgreSQL server
 * without {@code PIPELINE_JDBC_URL}. {@code PIPELINE_KAFKA_BROKERS} switches the Kafka streams on. {@code PIPELINE_ZOOKEEPER} (host:port list) makes the instances elect the
 * one that streams, through camel-zookeeper's cluster service.
 */
public final class PipelineApplication implements AutoCloseable {

    static final String CLIENT_ID = "NEXTOME_CLIENT_ID";
    static final String CLIENT_SECRET = "NEXTOME_CLIENT_SECRET";
    static final String BASE_URL = "NEXTOME_BASE_URL";
    static final String JDBC_URL = "PIPELINE_JDBC_URL";
    static final String JDBC_USER = "PIPELINE_JDBC_USER";
    static final String JDBC_PASSWORD = "PIPELINE_JDBC_PASSWORD";
    static final String ZOOKEEPER = "PIPELINE_ZOOKEEPER";
    static final String KAFKA_BROKERS = "PIPELINE_KAFKA_BROKERS";

    private static final Logger LOG = LoggerFactory.getLogger(PipelineApplication.class);

    private final Main main = new Main(PipelineApplication.class);
    private final List<AutoCloseable> started = new ArrayList<>();
    private final HikariDataSource dataSource;

    public PipelineApplication(Map<String, String> environment) throws IOException, SQLException {
        connectNextome(environment);
        dataSource = new HikariDataSource(jdbc(environment));
        started.add(dataSource);
        createPositionsTable(dataSource);
        main.bind("pipelineDataSource", dataSource);
        String brokers = environment.get(KAFKA_BROKERS);
        if (brokers != null && !brokers.isBlank()) {
            main.addOverrideProperty("pipeline.kafka.brokers", brokers);
            main.addOverrideProperty("pipeline.kafka.enabled", "true");
        }
        String zookeeper = environment.get(ZOOKEEPER);
        if (zookeeper != null && !zookeeper.isBlank()) {
            electLeaderWith(zookeeper);
        }
    }

    public static void main(String[] args) throws Exception {
        try (PipelineApplication application = new PipelineApplication(System.getenv())) {
            application.main().run(args);
        }
    }

    /** The Camel Main that runs the routes; add properties to it before it runs. */
    public Main main() {
        return main;
    }

    /** The PostgreSQL the positions and the watermarks are written to. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    private void connectNextome(Map<String, String> environment) {
        String clientId = environment.get(CLIENT_ID);
        if (clientId == null || clientId.isBlank()) {
            NextomeSimulator simulator = NextomeSimulator.builder().build().start();
            started.add(simulator);
            connect(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
            LOG.info("{} is not set: using the embedded Nextome simulator at {}", CLIENT_ID, simulator.baseUrl());
            return;
        }
        String secret = environment.get(CLIENT_SECRET);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(CLIENT_ID + " is set, so " + CLIENT_SECRET + " must be set too");
        }
        String baseUrl = environment.get(BASE_URL);
        connect(baseUrl == null || baseUrl.isBlank() ? null : baseUrl, clientId, secret);
    }

    /** As component properties, which win over application.properties; Camel Main masks the secret in its logs. */
    private void connect(String baseUrl, String clientId, String clientSecret) {
        if (baseUrl != null) {
            main.addOverrideProperty("camel.component.nextome.baseUrl", baseUrl);
        }
        main.addOverrideProperty("camel.component.nextome.clientId", clientId);
        main.addOverrideProperty("camel.component.nextome.clientSecret", clientSecret);
    }

    private HikariConfig jdbc(Map<String, String> environment) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pipeline");
        config.setMaximumPoolSize(4);
        String url = environment.get(JDBC_URL);
        if (url == null || url.isBlank()) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            started.add(postgres);
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            LOG.info("{} is not set: using an embedded PostgreSQL at {}", JDBC_URL, config.getJdbcUrl());
        } else {
            config.setJdbcUrl(url);
            config.setUsername(environment.get(JDBC_USER));
            config.setPassword(environment.get(JDBC_PASSWORD));
        }
        return config;
    }

    /** The sink's table; instances starting together may race to create it, and one of them wins. */
    static void createPositionsTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute(PositionRows.CREATE_TABLE);
        } catch (SQLException e) {
            try (Connection connection = dataSource.getConnection(); Statement probe = connection.createStatement()) {
                probe.executeQuery("SELECT 1 FROM positions WHERE 1 = 0").close();
            } catch (SQLException missing) {
                e.addSuppressed(missing);
                throw e;
            }
        }
    }

    private void electLeaderWith(String nodes) {
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setNodes(nodes);
        cluster.setBasePath("/camel-nextome/pipeline");
        main.addOverrideProperty("pipeline.leaderElection", "true");
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport main) {
                CamelContext context = main.getCamelContext();
                cluster.setId(context.getPropertiesComponent().resolveProperty("pipeline.instance")
                        .orElse(ProcessHandle.current().pid() + "@" + context.getName()));
                // how fast a standby notices that the leader died: the ZooKeeper session's lifetime
                long sessionTimeout = context.getPropertiesComponent().resolveProperty("pipeline.zookeeper.sessionTimeout")
                        .map(Long::parseLong).orElse(10_000L);
                cluster.setSessionTimeout(sessionTimeout);
                cluster.setConnectTimeout(Math.min(sessionTimeout, 15_000L));   // Curator wants it within the session
                try {
                    context.addService(cluster);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the ZooKeeper cluster service", e);
                }
            }

            @Override
            public void afterStart(BaseMainSupport main) {
                try {
                    CamelClusterView view = cluster.getView(PipelineRoutes.POSTGRES_STREAM);
                    view.addEventListener((CamelClusterEventListener.Leadership) (changed, leader) -> logLeader(changed));
                    logLeader(view);   // it may have been elected before the listener was added
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot watch the leadership of " + PipelineRoutes.POSTGRES_STREAM, e);
                }
            }
        });
        LOG.info("Streams run on the instance elected through ZooKeeper at {}", nodes);
    }

    private static void logLeader(CamelClusterView view) {
        LOG.info("Leader of {}: {}", view.getNamespace(), view.getLeader()
                .map(leader -> leader.getId() + (leader.isLocal() ? " (this instance)" : "")).orElse("none"));
    }
}
