package io.camelnextome.nextome;

import io.camelnextome.nextome.http.MaskedUrl;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the Nextome component and its endpoints: connection and authentication, the operation options
 * (each also settable per message through the header {@code CamelNextome.<option>}), the {@code nextome:raw}
 * options, the HTTP transport and the retry policy. The component holds one as the defaults of its endpoints,
 * and each endpoint works on its own copy.
 */
@UriParams
@Configurer
public class NextomeConfiguration implements Cloneable {

    @UriParam(label = "common,security", description = "The client id of the Nextome API app (from the Nextome Hub portal), sent to the authentication endpoint.")
    private String clientId;
    @UriParam(label = "common,security", secret = true, description = "The client secret of the Nextome API app. Never logged nor shown in endpoint URIs.")
    private String clientSecret;
    @UriParam(label = "common", defaultValue = "https://api.nextome-ext.com", description = "The base URL of the Nextome API. The access token is only ever sent to this host.")
    private String baseUrl = "https://api.nextome-ext.com";
    @UriParam(label = "common,security", description = "The URL of the authentication handshake; defaults to <baseUrl>/apps/auth.")
    private String authUrl;
    @UriParam(label = "common,security", secret = true, description = "A fixed access token to send instead of performing the clientId/clientSecret handshake.")
    private String accessToken;
    @UriParam(label = "common,security", defaultValue = "60000", javaType = "java.time.Duration", description = "How long before it expires a token is renewed (never earlier than halfway through its lifetime).")
    private long tokenRefreshMargin = 60000;
    @UriParam(label = "common", description = "The id of the resource the API is named after (trackable and fence ids are strings, the others integers).")
    private String id;
    @UriParam(label = "common", description = "The venue id (wire name venue, vid or venueId depending on the operation).")
    private Long venueId;
    @UriParam(label = "common", description = "The map id (wire name mid or mapId depending on the operation).")
    private Long mapId;
    @UriParam(label = "common", description = "The omlox id of a location provider.")
    private String omloxId;
    @UriParam(label = "common", description = "The UUID of a map or of an iBeacon.")
    private String uuid;
    @UriParam(label = "common", description = "The serial number of a gateway.")
    private String serial;
    @UriParam(label = "common", description = "The iBeacon major number.")
    private Integer major;
    @UriParam(label = "common", description = "The iBeacon minor number.")
    private Integer minor;
    @UriParam(label = "common", description = "The battery level to record for a location provider.")
    private Integer batteryLevel;
    @UriParam(label = "common", description = "When the battery level was read, epoch milliseconds.")
    private Long updatedAt;
    @UriParam(label = "common", description = "The time window (wire name t), in timeUnit units, when no start is given.")
    private Integer tolerance;
    @UriParam(label = "common", enums = "SECOND,MINUTE,HOUR,DAY,WEEK,MONTH,YEAR", description = "The unit of tolerance and step (wire name ut): SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR.")
    private String timeUnit;
    @UriParam(label = "common", enums = "START,END,BOTH", description = "Which visit timestamp the time window applies to (wire name w): START, END or BOTH.")
    private String timeField;
    @UriParam(label = "common", description = "The start of the time range, epoch milliseconds.")
    private Long start;
    @UriParam(label = "common", description = "The end of the time range, epoch milliseconds.")
    private Long end;
    @UriParam(label = "common", description = "The bucket size, in timeUnit units.")
    private Long step;
    @UriParam(label = "common", description = "The 0-based page number.")
    private Integer page;
    @UriParam(label = "common", description = "The page size.")
    private Integer size;
    @UriParam(label = "common", description = "Only positions of this location provider type (wire name provider_type), e.g. IBEACON, UWB.")
    private String providerType;
    @UriParam(label = "common", description = "The location provider type filter, e.g. IBEACON, UWB.")
    private String type;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS", description = "nextome:raw only: the HTTP method, in any case (also from header CamelNextome.httpMethod); other values are refused.")
    private String httpMethod;
    @UriParam(label = "producer", description = "nextome:raw only: the path below baseUrl, with its query string (also from header CamelNextome.path).")
    private String path;
    @UriParam(label = "producer", description = "nextome:raw only: the fully qualified class the JSON result is read into; a String when not set.")
    private String outputClass;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration", description = "The timeout to establish a connection.")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration", description = "The timeout waiting for response data (socket timeout).")
    private long responseTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration", description = "The timeout waiting for a connection from the pool.")
    private long connectionRequestTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "200", description = "The maximum number of pooled keep-alive connections.")
    private int maxTotalConnections = 200;
    @UriParam(label = "advanced", defaultValue = "50", description = "The maximum number of pooled connections per host.")
    private int connectionsPerRoute = 50;
    @UriParam(label = "proxy", description = "The host of an HTTP proxy to reach Nextome through.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;
    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for the connections to Nextome.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced", description = "A camel-http HttpClientConfigurer called last on the Apache HttpClient 5 builder, for anything the options do not cover.")
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "producer,advanced", defaultValue = "3", description = "How many times a call is sent again: any method after 429 or a connection that could not be established; GET, PUT, DELETE, HEAD and OPTIONS also after 502, 503, 504 or a broken connection. A POST or PATCH whose outcome is unknown is never sent twice.")
    private int maxRetries = 3;
    @UriParam(label = "producer,advanced", defaultValue = "500", javaType = "java.time.Duration", description = "The delay before the first retry, doubled on each further retry; a Retry-After header takes precedence.")
    private long retryInitialDelay = 500;
    @UriParam(label = "producer,advanced", defaultValue = "30000", javaType = "java.time.Duration", description = "The longest delay between retries; a longer Retry-After fails the call instead.")
    private long retryMaxDelay = 30000;

    public String getClientId() {
        return clientId;
    }

    /** The client id of the Nextome API app (from the Nextome Hub portal), sent to the authentication endpoint. */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The client secret of the Nextome API app. Never logged nor shown in endpoint URIs. */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The base URL of the Nextome API. The access token is only ever sent to this host. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    /** The URL of the authentication handshake; defaults to <baseUrl>/apps/auth. */
    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /** A fixed access token to send instead of performing the clientId/clientSecret handshake. */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /** How long before it expires a token is renewed (never earlier than halfway through its lifetime). */
    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public String getId() {
        return id;
    }

    /** The id of the resource the API is named after (trackable and fence ids are strings, the others integers). */
    public void setId(String id) {
        this.id = id;
    }

    public Long getVenueId() {
        return venueId;
    }

    /** The venue id (wire name venue, vid or venueId depending on the operation). */
    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public Long getMapId() {
        return mapId;
    }

    /** The map id (wire name mid or mapId depending on the operation). */
    public void setMapId(Long mapId) {
        this.mapId = mapId;
    }

    public String getOmloxId() {
        return omloxId;
    }

    /** The omlox id of a location provider. */
    public void setOmloxId(String omloxId) {
        this.omloxId = omloxId;
    }

    public String getUuid() {
        return uuid;
    }

    /** The UUID of a map or of an iBeacon. */
    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getSerial() {
        return serial;
    }

    /** The serial number of a gateway. */
    public void setSerial(String serial) {
        this.serial = serial;
    }

    public Integer getMajor() {
        return major;
    }

    /** The iBeacon major number. */
    public void setMajor(Integer major) {
        this.major = major;
    }

    public Integer getMinor() {
        return minor;
    }

    /** The iBeacon minor number. */
    public void setMinor(Integer minor) {
        this.minor = minor;
    }

    public Integer getBatteryLevel() {
        return batteryLevel;
    }

    /** The battery level to record for a location provider. */
    public void setBatteryLevel(Integer batteryLevel) {
        this.batteryLevel = batteryLevel;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    /** When the battery level was read, epoch milliseconds. */
    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Integer getTolerance() {
        return tolerance;
    }

    /** The time window (wire name t), in timeUnit units, when no start is given. */
    public void setTolerance(Integer tolerance) {
        this.tolerance = tolerance;
    }

    public String getTimeUnit() {
        return timeUnit;
    }

    /** The unit of tolerance and step (wire name ut): SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR. */
    public void setTimeUnit(String timeUnit) {
        this.timeUnit = timeUnit;
    }

    public String getTimeField() {
        return timeField;
    }

    /** Which visit timestamp the time window applies to (wire name w): START, END or BOTH. */
    public void setTimeField(String timeField) {
        this.timeField = timeField;
    }

    public Long getStart() {
        return start;
    }

    /** The start of the time range, epoch milliseconds. */
    public void setStart(Long start) {
        this.start = start;
    }

    public Long getEnd() {
        return end;
    }

    /** The end of the time range, epoch milliseconds. */
    public void setEnd(Long end) {
        this.end = end;
    }

    public Long getStep() {
        return step;
    }

    /** The bucket size, in timeUnit units. */
    public void setStep(Long step) {
        this.step = step;
    }

    public Integer getPage() {
        return page;
    }

    /** The 0-based page number. */
    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    /** The page size. */
    public void setSize(Integer size) {
        this.size = size;
    }

    public String getProviderType() {
        return providerType;
    }

    /** Only positions of this location provider type (wire name provider_type), e.g. IBEACON, UWB. */
    public void setProviderType(String providerType) {
        this.providerType = providerType;
    }

    public String getType() {
        return type;
    }

    /** The location provider type filter, e.g. IBEACON, UWB. */
    public void setType(String type) {
        this.type = type;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    /** nextome:raw only: the HTTP method (also from header CamelNextome.httpMethod). */
    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getPath() {
        return path;
    }

    /** nextome:raw only: the path below baseUrl, with its query string (also from header CamelNextome.path). */
    public void setPath(String path) {
        this.path = path;
    }

    public String getOutputClass() {
        return outputClass;
    }

    /** nextome:raw only: the fully qualified class the JSON result is read into; a String when not set. */
    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** The timeout to establish a connection. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** The timeout waiting for response data (socket timeout). */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    /** The timeout waiting for a connection from the pool. */
    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    /** The maximum number of pooled keep-alive connections. */
    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    /** The maximum number of pooled connections per host. */
    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** The host of an HTTP proxy to reach Nextome through. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** The port of the HTTP proxy. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings (trust store, key store, protocols) for the connections to Nextome. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /** A camel-http HttpClientConfigurer called last on the Apache HttpClient 5 builder, for anything the options do not cover. */
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a call is sent again: any method after 429 or a connection that could not be established; GET,
     * PUT, DELETE, HEAD and OPTIONS also after 502, 503, 504 or a broken connection. A POST or PATCH whose outcome is
     * unknown is never sent twice.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /** The delay before the first retry, doubled on each further retry; a Retry-After header takes precedence. */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** The longest delay between retries; a longer Retry-After fails the call instead. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    /** The URL of the authentication handshake: {@link #getAuthUrl()} or {@code <baseUrl>/apps/auth}. */
    public String resolveAuthUrl() {
        return authUrl != null ? authUrl : stripTrailingSlash(baseUrl) + "/apps/auth";
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A copy, so that an endpoint can change its options without changing the component's defaults. */
    public NextomeConfiguration copy() {
        try {
            return (NextomeConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Names the connection without the secrets. */
    @Override
    public String toString() {
        return "NextomeConfiguration[baseUrl=" + MaskedUrl.of(baseUrl) + ", authUrl=" + MaskedUrl.of(resolveAuthUrl())
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "******")
                + ", accessToken=" + (accessToken == null ? "null" : "******") + "]";
    }
}
