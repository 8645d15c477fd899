package io.camelnextome.nextome;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.camelnextome.nextome.http.NextomeHttpClient;
import io.camelnextome.nextome.http.TransportSettings;
import io.camelnextome.nextome.http.UrlOptions;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.OptionScope;
import io.camelnextome.nextome.operation.OptionValues;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code nextome:} component. Its configuration holds the defaults of all its endpoints (typically the
 * credentials, set once as {@code camel.component.nextome.*}); it owns the pooled HTTP clients, one per distinct
 * set of transport options, so endpoints share keep-alive connections.
 */
@Component("nextome")
public class NextomeComponent extends DefaultComponent implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(NextomeComponent.class);

    @Metadata(description = "The options shared by all endpoints of this component")
    private NextomeConfiguration configuration = new NextomeConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext when no sslContextParameters is set")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "consumer,advanced", defaultValue = "10",
              description = "The threads shared by the polls of all consumers of this component that have no"
                            + " scheduledExecutorService or scheduler of their own and are not greedy (a greedy one"
                            + " keeps a thread of its own). A poll holds its thread while it"
                            + " calls Nextome, retries and routes its records: see the sizing rule in docs/consumer.md."
                            + " 0 gives each consumer a thread of its own, as other Camel polling consumers have.")
    private int consumerPoolSize = ConsumerPool.DEFAULT_SIZE;

    private final Map<TransportSettings, NextomeHttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new ConcurrentHashMap<>();
    private final ConsumerPool consumerPool = new ConsumerPool(this);

    public NextomeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(NextomeConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public int getConsumerPoolSize() {
        return consumerPoolSize;
    }

    public void setConsumerPoolSize(int consumerPoolSize) {
        this.consumerPoolSize = ConsumerPool.checkSize(consumerPoolSize);
    }

    /** The pool the polls of consumers without an executor of their own run on; null with consumerPoolSize=0. */
    ScheduledExecutorService consumerPool() {
        return consumerPool.get(consumerPoolSize);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        String apiName = slash < 0 ? remaining : remaining.substring(0, slash);
        String methodName = slash < 0 ? null : remaining.substring(slash + 1);
        NextomeOperation operation = NextomeEndpoint.lookup(apiName, methodName);
        if (operation != null) {
            // check the operation's options as written, before property binding converts them
            OptionValues.check(operation, parameters, false);
        }
        NextomeEndpoint endpoint = new NextomeEndpoint(uri, this, apiName, methodName, operation, configuration.copy());
        OptionScope.check(operation, parameters.keySet());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    /**
     * The pooled client for these options, shared with every endpoint that has the same transport options; its pool
     * is only built on the first request.
     */
    NextomeHttpClient httpClient(NextomeConfiguration config) {
        SSLContextParameters ssl = config.getSslContextParameters();
        SSLContext sslContext = ssl == null ? null : sslContexts.computeIfAbsent(ssl, this::createSslContext);
        TransportSettings settings = new TransportSettings(config.getConnectTimeout(), config.getResponseTimeout(),
                config.getConnectionRequestTimeout(), config.getMaxTotalConnections(), config.getConnectionsPerRoute(),
                config.getProxyHost(), config.getProxyPort(), sslContext, config.getHttpClientConfigurer());
        return httpClients.computeIfAbsent(settings, NextomeHttpClient::new);
    }

    private SSLContext createSslContext(SSLContextParameters parameters) {
        try {
            return parameters.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid sslContextParameters: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the defaults of every endpoint: each endpoint checks its copy when created, this fails a bad one also
        // when no endpoint was created before the start (Camel Main creates the routes' endpoints first)
        UrlOptions.check(configuration.getBaseUrl(), configuration.getAuthUrl());
        // health check, JMX bean and meters exist from the start, before the first endpoint is used
        NextomeObservability.monitor(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        for (NextomeHttpClient client : httpClients.values()) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debug("Closing an HTTP client failed", e);
            }
        }
        httpClients.clear();
        sslContexts.clear();
        consumerPool.shutdown();
        super.doStop();
    }
}
