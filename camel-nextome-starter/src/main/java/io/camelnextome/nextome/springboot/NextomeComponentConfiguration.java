package io.camelnextome.nextome.springboot;

import java.time.Duration;

import io.camelnextome.nextome.NextomeConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the {@code nextome:} component as Spring Boot properties {@code camel.component.nextome.*}: one
 * property per component option, with the option's description, so that IDEs complete and document them. Every
 * option set here becomes the default of all {@code nextome:} endpoints. Kept in step with the component's
 * {@code nextome.json} by {@code NextomeComponentConfigurationTest}.
 */
@ConfigurationProperties(prefix = "camel.component.nextome")
public class NextomeComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the nextome component. This is enabled by default.
     */
    private Boolean enabled;

    /**
     * The base URL of the Nextome API. The access token is only ever sent to this host.
     */
    private String baseUrl = "https://api.nextome-ext.com";

    /**
     * The battery level to record for a location provider.
     */
    private Integer batteryLevel;

    /**
     * The options shared by all endpoints of this component. The option is a
     * io.camelnextome.nextome.NextomeConfiguration type; in properties give a bean reference such as #myBean.
     */
    private NextomeConfiguration configuration;

    /**
     * The end of the time range, epoch milliseconds.
     */
    private Long end;

    /**
     * The id of the resource the API is named after (trackable and fence ids are strings, the others integers).
     */
    private String id;

    /**
     * The iBeacon major number.
     */
    private Integer major;

    /**
     * The map id (wire name mid or mapId depending on the operation).
     */
    private Long mapId;

    /**
     * The iBeacon minor number.
     */
    private Integer minor;

    /**
     * The omlox id of a location provider.
     */
    private String omloxId;

    /**
     * The 0-based page number.
     */
    private Integer page;

    /**
     * Only positions of this location provider type (wire name provider_type), e.g. IBEACON, UWB.
     */
    private String providerType;

    /**
     * The serial number of a gateway.
     */
    private String serial;

    /**
     * The page size.
     */
    private Integer size;

    /**
     * The start of the time range, epoch milliseconds.
     */
    private Long start;

    /**
     * The bucket size, in timeUnit units.
     */
    private Long step;

    /**
     * Which visit timestamp the time window applies to (wire name w): START, END or BOTH. One of START, END, BOTH.
     */
    private String timeField;

    /**
     * The unit of tolerance and step (wire name ut): SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR. One of SECOND,
     * MINUTE, HOUR, DAY, WEEK, MONTH, YEAR.
     */
    private String timeUnit;

    /**
     * The time window (wire name t), in timeUnit units, when no start is given.
     */
    private Integer tolerance;

    /**
     * The location provider type filter, e.g. IBEACON, UWB.
     */
    private String type;

    /**
     * When the battery level was read, epoch milliseconds.
     */
    private Long updatedAt;

    /**
     * The UUID of a map or of an iBeacon.
     */
    private String uuid;

    /**
     * The venue id (wire name venue, vid or venueId depending on the operation).
     */
    private Long venueId;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will use
     * the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level
     * and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * The threads shared by the polls of all consumers of this component that have no scheduledExecutorService or
     * scheduler of their own and are not greedy (a greedy one keeps a thread of its own). A poll holds its thread
     * while it calls Nextome, retries and routes its records: see the sizing rule in docs/consumer.md. 0 gives each
     * consumer a thread of its own, as other Camel polling consumers have.
     */
    private Integer consumerPoolSize = 10;

    /**
     * nextome:raw only: the HTTP method, in any case (also from header CamelNextome.httpMethod); other values are
     * refused. One of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS.
     */
    private String httpMethod;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * nextome:raw only: the fully qualified class the JSON result is read into; a String when not set.
     */
    private String outputClass;

    /**
     * nextome:raw only: the path below baseUrl, with its query string (also from header CamelNextome.path).
     */
    private String path;

    /**
     * How many times a GET, PUT or DELETE is retried after 429, 502, 503, 504 or a broken connection. POSTs are
     * never retried.
     */
    private Integer maxRetries = 3;

    /**
     * The delay before the first retry, doubled on each further retry; a Retry-After header takes precedence. A
     * duration such as 500ms or 30s (a bare number is milliseconds).
     */
    private Duration retryInitialDelay = Duration.ofMillis(500);

    /**
     * The longest delay between retries; a longer Retry-After fails the call instead. A duration such as 500ms or
     * 30s (a bare number is milliseconds).
     */
    private Duration retryMaxDelay = Duration.ofSeconds(30);

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * The timeout waiting for a connection from the pool. A duration such as 500ms or 30s (a bare number is
     * milliseconds).
     */
    private Duration connectionRequestTimeout = Duration.ofSeconds(10);

    /**
     * The maximum number of pooled connections per host.
     */
    private Integer connectionsPerRoute = 50;

    /**
     * The timeout to establish a connection. A duration such as 500ms or 30s (a bare number is milliseconds).
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * A camel-http HttpClientConfigurer called last on the Apache HttpClient 5 builder, for anything the options do
     * not cover. The option is a org.apache.camel.component.http.HttpClientConfigurer type; in properties give a
     * bean reference such as #myBean.
     */
    private HttpClientConfigurer httpClientConfigurer;

    /**
     * The maximum number of pooled keep-alive connections.
     */
    private Integer maxTotalConnections = 200;

    /**
     * The timeout waiting for response data (socket timeout). A duration such as 500ms or 30s (a bare number is
     * milliseconds).
     */
    private Duration responseTimeout = Duration.ofSeconds(30);

    /**
     * The host of an HTTP proxy to reach Nextome through.
     */
    private String proxyHost;

    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * A fixed access token to send instead of performing the clientId/clientSecret handshake.
     */
    private String accessToken;

    /**
     * The URL of the authentication handshake; defaults to /apps/auth.
     */
    private String authUrl;

    /**
     * The client id of the Nextome API app (from the Nextome Hub portal), sent to the authentication endpoint.
     */
    private String clientId;

    /**
     * The client secret of the Nextome API app. Never logged nor shown in endpoint URIs.
     */
    private String clientSecret;

    /**
     * TLS settings (trust store, key store, protocols) for the connections to Nextome. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type; in properties give a bean reference such as #myBean.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * How long before it expires a token is renewed (never earlier than halfway through its lifetime). A duration
     * such as 500ms or 30s (a bare number is milliseconds).
     */
    private Duration tokenRefreshMargin = Duration.ofSeconds(60);

    /**
     * Use the global SSLContextParameters of the CamelContext when no sslContextParameters is set.
     */
    private Boolean useGlobalSslContextParameters = false;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Integer getBatteryLevel() {
        return batteryLevel;
    }

    public void setBatteryLevel(Integer batteryLevel) {
        this.batteryLevel = batteryLevel;
    }

    public NextomeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(NextomeConfiguration configuration) {
        this.configuration = configuration;
    }

    public Long getEnd() {
        return end;
    }

    public void setEnd(Long end) {
        this.end = end;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getMajor() {
        return major;
    }

    public void setMajor(Integer major) {
        this.major = major;
    }

    public Long getMapId() {
        return mapId;
    }

    public void setMapId(Long mapId) {
        this.mapId = mapId;
    }

    public Integer getMinor() {
        return minor;
    }

    public void setMinor(Integer minor) {
        this.minor = minor;
    }

    public String getOmloxId() {
        return omloxId;
    }

    public void setOmloxId(String omloxId) {
        this.omloxId = omloxId;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getProviderType() {
        return providerType;
    }

    public void setProviderType(String providerType) {
        this.providerType = providerType;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Long getStart() {
        return start;
    }

    public void setStart(Long start) {
        this.start = start;
    }

    public Long getStep() {
        return step;
    }

    public void setStep(Long step) {
        this.step = step;
    }

    public String getTimeField() {
        return timeField;
    }

    public void setTimeField(String timeField) {
        this.timeField = timeField;
    }

    public String getTimeUnit() {
        return timeUnit;
    }

    public void setTimeUnit(String timeUnit) {
        this.timeUnit = timeUnit;
    }

    public Integer getTolerance() {
        return tolerance;
    }

    public void setTolerance(Integer tolerance) {
        this.tolerance = tolerance;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Integer getConsumerPoolSize() {
        return consumerPoolSize;
    }

    public void setConsumerPoolSize(Integer consumerPoolSize) {
        this.consumerPoolSize = consumerPoolSize;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
