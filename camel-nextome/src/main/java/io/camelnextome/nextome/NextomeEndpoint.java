package io.camelnextome.nextome;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.camelnextome.nextome.auth.Handshake;
import io.camelnextome.nextome.auth.NextomeAuthenticator;
import io.camelnextome.nextome.consumer.Poller;
import io.camelnextome.nextome.geo.Coordinates;
import io.camelnextome.nextome.geo.GeoResults;
import io.camelnextome.nextome.auth.NextomeTokenService;
import io.camelnextome.nextome.auth.TokenManager;
import io.camelnextome.nextome.auth.TokenSource;
import io.camelnextome.nextome.http.HttpMethods;
import io.camelnextome.nextome.http.RetryPolicy;
import io.camelnextome.nextome.http.UrlOptions;
import io.camelnextome.nextome.observe.CredentialSet;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.ObservedTokenSource;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.NextomeOperations;
import io.camelnextome.nextome.operation.OperationOption;
import io.camelnextome.nextome.operation.OptionValues;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Call the operations of the Nextome RTLS REST API (venues, maps, devices, trackables, positions, fences, visits)
 * with managed authentication.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "nextome", title = "Nextome", syntax = "nextome:apiName/methodName",
             category = { Category.IOT, Category.API }, headersClass = NextomeConstants.class)
public class NextomeEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** The {@code apiName} that calls any path. */
    public static final String RAW = "raw";

    /** The options of {@code nextome:raw} that headers can override. */
    private static final List<String> RAW_OPTIONS = List.of("httpMethod", "path");

    @UriPath(description = "The API: venues, venue-categories, trackables, rooms, providers, maps, gateways, fences,"
                           + " features, locations, visits, or raw for any other Nextome path")
    @Metadata(required = true)
    private final String apiName;
    @UriPath(description = "The operation of the API, e.g. get, list, create, update, delete (see the operations"
                           + " table); not used with raw")
    private final String methodName;
    @UriParam
    private NextomeConfiguration configuration;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "Deliver a list result as one exchange per element (with the headers CamelNextome.pollIndex"
                            + " and CamelNextome.pollSize) instead of one exchange with the whole list. An incremental"
                            + " stream (locations/positions, visits/history) with false delivers its records in the"
                            + " same order as Lists of up to size records, one exchange per List.")
    private boolean splitResult = true;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "For locations/positions and visits/history: stream every record once, in timestamp order,"
                            + " from a watermark kept in the stateRepository, instead of re-reading the same time"
                            + " window on every poll. The option start says where a new stream begins (default: now),"
                            + " end where it stops (default: never).")
    private boolean incremental = true;
    @UriParam(label = "consumer",
              description = "For list operations (e.g. trackables/list, providers/list, gateways/list, fences/list):"
                            + " deliver only the elements created, updated or deleted since the previous poll, with the"
                            + " header CamelNextome.changeType. The first poll delivers every element as CREATED.")
    private boolean changesOnly;
    @UriParam(label = "consumer,advanced",
              description = "Where an incremental consumer keeps its watermark, so a restarted route (or another"
                            + " instance taking over) continues where the stream stopped; in memory by default. Use a"
                            + " FileStateRepository to survive restarts, or a shared one for several instances.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,advanced",
              description = "The key of the watermark in the stateRepository; by default the operation and its"
                            + " filter options, e.g. locations/positions(venueId:1). Give two routes that stream the"
                            + " same data into different places keys of their own.")
    private String stateKey;
    @UriParam(label = "consumer,advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "How far behind the clock an incremental consumer reads, so that records still being"
                            + " calculated or stored when it polls are not passed over.")
    private long settleTime = 1000;
    @UriParam(label = "consumer", defaultValue = "2m", javaType = "java.time.Duration",
              description = "For locations/positions and visits/history streams without an end: how late a record may"
                            + " reach Nextome (after the stream passed its timestamp, e.g. buffered by a gateway that"
                            + " was offline) and still be delivered, once, by a sweep of the lateness window; 0 turns"
                            + " the sweep off. Later records are counted and logged at WARN, not delivered.")
    private long lateness = 120_000;
    @UriParam(label = "consumer,advanced", defaultValue = "1m", javaType = "java.time.Duration",
              description = "How often the lateness window is read again for late records: a late record is"
                            + " delivered within this interval of its arrival; a shorter one costs more API requests.")
    private long latenessSweepInterval = 60_000;
    @UriParam(label = "consumer,advanced", defaultValue = "5m", javaType = "java.time.Duration",
              description = "For locations/positions streams with a lateness sweep: how often the positions Nextome"
                            + " counts per map and minute (locations/countInBucket) are compared with those the"
                            + " consumer saw, for the minutes the sweep no longer reads; the excess is counted and"
                            + " logged as later than the lateness bound. One request per map each time; 0 turns the"
                            + " audit off.")
    private long lateAuditInterval = 300_000;
    @UriParam(label = "consumer,advanced", defaultValue = "24h", javaType = "java.time.Duration",
              description = "How far back the lateness audit compares counts: longer than lateness +"
                            + " latenessSweepInterval, at most 60 days. The consumer keeps"
                            + " one count per map and bucket: a minute up to 24h, a second up to 24m, an hour beyond,"
                            + " at most 1440 buckets (about 11.5 KB) per map.")
    private long lateAuditHorizon = 86_400_000;
    @UriParam(label = "common", defaultValue = "PIXEL",
              description = "WGS84 adds latitude and longitude, from the map's ground control points, to the positions"
                            + " (GeoLocationDto), rooms (GeoRoomDto) and fences (GeoFenceDto) this endpoint returns;"
                            + " PIXEL leaves them as the API gives them. See docs/geo.md.")
    private Coordinates coordinates = Coordinates.PIXEL;
    @UriParam(label = "advanced", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "How long a map's transform (its GCPs) is used before they are read again; 0 for as long"
                            + " as the CamelContext runs. maps/addGcps through the component refreshes it at once.")
    private long gcpRefreshPeriod = 3600000;

    private final NextomeOperation operation;
    /** The names of the operation's options and of the headers that override them, at equal indexes. */
    private final List<String> optionNames;
    private final List<String> optionHeaders;
    /** The option values set on the endpoint (and the component), by option name; fixed once started. */
    private Map<String, Object> endpointOptionValues = Map.of();
    /** Written at start and stop, read by every producer and consumer thread. */
    private volatile NextomeInvoker invoker;
    private volatile GeoResults geo;
    /** What toString shows, made on first use as Camel does (a String: racing threads make the same one). */
    private String shownUri;

    NextomeEndpoint(String uri, NextomeComponent component, String apiName, String methodName,
                    NextomeOperation operation, NextomeConfiguration configuration) {
        super(uri, component);
        this.apiName = apiName;
        this.methodName = methodName;
        this.operation = operation;
        this.configuration = configuration;
        this.optionNames = operation == null ? RAW_OPTIONS
                : operation.options().stream().map(OperationOption::name).toList();
        this.optionHeaders = optionNames.stream().map(name -> NextomeConstants.HEADER_PREFIX + name).toList();
    }

    @Override
    public NextomeComponent getComponent() {
        return (NextomeComponent) super.getComponent();
    }

    public String getApiName() {
        return apiName;
    }

    public String getMethodName() {
        return methodName;
    }

    public NextomeConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(NextomeConfiguration configuration) {
        this.configuration = configuration;
    }

    public boolean isSplitResult() {
        return splitResult;
    }

    /**
     * Deliver a list result as one exchange per element (with the headers CamelNextome.pollIndex and
     * CamelNextome.pollSize) instead of one exchange with the whole list. An incremental stream (locations/positions,
     * visits/history) with false delivers its records in the same order as Lists of up to size records, one exchange
     * per List.
     */
    public void setSplitResult(boolean splitResult) {
        this.splitResult = splitResult;
    }

    public boolean isIncremental() {
        return incremental;
    }

    /**
     * For locations/positions and visits/history: stream every record once, in timestamp order, from a watermark
     * kept in the stateRepository.
     */
    public void setIncremental(boolean incremental) {
        this.incremental = incremental;
    }

    public boolean isChangesOnly() {
        return changesOnly;
    }

    /** For list operations: deliver only the elements created, updated or deleted since the previous poll. */
    public void setChangesOnly(boolean changesOnly) {
        this.changesOnly = changesOnly;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /** Where an incremental consumer keeps its watermark; in memory by default. */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /** The key of the watermark in the stateRepository; by default the operation and its filter options. */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public long getSettleTime() {
        return settleTime;
    }

    /** How far behind the clock an incremental consumer reads, in milliseconds. */
    public void setSettleTime(long settleTime) {
        this.settleTime = settleTime;
    }

    public long getLateness() {
        return lateness;
    }

    /** How late a record may arrive and still be delivered by an incremental consumer, in milliseconds. */
    public void setLateness(long lateness) {
        this.lateness = lateness;
    }

    public long getLatenessSweepInterval() {
        return latenessSweepInterval;
    }

    /** How often an incremental consumer reads the lateness window again, in milliseconds. */
    public void setLatenessSweepInterval(long latenessSweepInterval) {
        this.latenessSweepInterval = latenessSweepInterval;
    }

    public long getLateAuditInterval() {
        return lateAuditInterval;
    }

    /** How often a positions stream compares Nextome's per-minute counts with its own, in milliseconds; 0 for never. */
    public void setLateAuditInterval(long lateAuditInterval) {
        this.lateAuditInterval = lateAuditInterval;
    }

    public long getLateAuditHorizon() {
        return lateAuditHorizon;
    }

    /** How far back the lateness audit compares counts, in milliseconds. */
    public void setLateAuditHorizon(long lateAuditHorizon) {
        this.lateAuditHorizon = lateAuditHorizon;
    }

    public Coordinates getCoordinates() {
        return coordinates;
    }

    /** WGS84 adds latitude and longitude to the positions, rooms and fences this endpoint returns. */
    public void setCoordinates(Coordinates coordinates) {
        this.coordinates = coordinates;
    }

    public long getGcpRefreshPeriod() {
        return gcpRefreshPeriod;
    }

    /** How long a map's transform is used before its GCPs are read again, in milliseconds; 0 for ever. */
    public void setGcpRefreshPeriod(long gcpRefreshPeriod) {
        this.gcpRefreshPeriod = gcpRefreshPeriod;
    }

    /** The operation this endpoint calls, or null for {@code nextome:raw}. */
    public NextomeOperation getOperation() {
        return operation;
    }

    /** Whether calls send the message body: operations that take one, and {@code nextome:raw} when there is one. */
    public boolean sendsBody() {
        return operation == null || operation.bodyType() != null;
    }

    /** {@code api/method}, or {@code raw}. */
    public String getOperationName() {
        return operation == null ? RAW : operation.name();
    }

    @Override
    public Producer createProducer() {
        return new NextomeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        PollerFactory.check(this);
        NextomeConsumer consumer = new NextomeConsumer(this, processor);
        configureConsumer(consumer);
        // a greedy consumer polls again at once while records come: on the shared pool it would starve the others
        if (consumer.getScheduler() == null && consumer.getScheduledExecutorService() == null && !consumer.isGreedy()) {
            consumer.pollOn(getComponent()::consumerPool);
        }
        return consumer;
    }

    /**
     * The poller of this endpoint's consumer, from its options; the endpoint must be started.
     *
     * @param stopRequested true once the consumer stops: its calls then retry no more
     */
    Poller createPoller(BooleanSupplier stopRequested) {
        return PollerFactory.create(this, stopRequested);
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /** Camel names an endpoint by this in its logs ("Failed polling endpoint ..."): a key in authUrl masked too. */
    @Override
    public String toString() {
        if (shownUri == null) {
            shownUri = MaskedUri.of(getEndpointUri());
        }
        return shownUri;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        UrlOptions.check(configuration.getBaseUrl(), configuration.getAuthUrl());
        Map<String, Object> values = new HashMap<>();
        PropertyConfigurerGetter options = (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
        for (String name : optionNames()) {
            Object value = options.getOptionValue(this, name, false);
            if (value != null) {
                values.put(name, value);
            }
        }
        if (operation != null) {
            // fail at start-up on a wrong type set in the URI; required options may still come from headers
            OptionValues.check(operation, values, false);
        } else {
            HttpMethods.of(values.get("httpMethod"));
        }
        endpointOptionValues = Map.copyOf(values);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        NextomeConfiguration config = configuration;
        var http = getComponent().httpClient(config);
        NextomeMonitor monitor = NextomeObservability.monitor(getCamelContext());
        RetryPolicy retryPolicy = new RetryPolicy(config.getMaxRetries(), config.getRetryInitialDelay(),
                config.getRetryMaxDelay());
        NextomeInvoker.Credentials credentials;
        CredentialSet credentialSet;
        if (config.getAccessToken() != null) {
            credentials = NextomeInvoker.fixed(config.getAccessToken());
            credentialSet = CredentialSet.FIXED_TOKEN;
        } else {
            String authUrl = config.resolveAuthUrl();
            credentialSet = new CredentialSet(config.getClientId(), authUrl);
            TokenSource authenticator = new ObservedTokenSource(new NextomeAuthenticator(http, authUrl,
                    config.getClientId(), config.getClientSecret(), config.getTokenRefreshMargin(),
                    () -> NextomeJson.MAPPER), credentialSet, monitor);
            TokenManager tokens = NextomeTokenService.of(getCamelContext())
                    .manager(authUrl, config.getClientId(), config.getClientSecret());
            // an attempt takes at most a pooled connection, a connection and a response
            Handshake handshake = new Handshake(authenticator, retryPolicy,
                    config.getConnectionRequestTimeout() + config.getConnectTimeout() + config.getResponseTimeout());
            monitor.renewal(credentialSet, () -> tokens.renew(handshake));
            credentials = NextomeInvoker.managed(tokens, handshake, config.getClientSecret());
        }
        Class<?> outputClass = config.getOutputClass() == null ? null : resolveOutputClass(config.getOutputClass());
        geo = GeoResults.of(this, coordinates, gcpRefreshPeriod);
        invoker = new NextomeInvoker(operation, config.getBaseUrl(), http, retryPolicy, credentials, outputClass,
                monitor, credentialSet);
    }

    private Class<?> resolveOutputClass(String name) {
        Class<?> type = getCamelContext().getClassResolver().resolveClass(name);
        if (type == null) {
            throw new IllegalArgumentException("Option 'outputClass' of nextome:" + getOperationName()
                                               + " names no class on the classpath: '" + name + "'");
        }
        return type;
    }

    @Override
    protected void doStop() throws Exception {
        invoker = null;
        if (geo != null) {
            geo.close();
        }
        super.doStop();
    }

    /** The names of the options this endpoint's operation takes. */
    public List<String> optionNames() {
        return optionNames;
    }

    /**
     * The option values for one call, not to be modified: the endpoint's (and component's) options, overridden by the
     * message headers {@code CamelNextome.<option>} (copied only when a header overrides one).
     */
    public Map<String, Object> resolveOptions(Message message) {
        Map<String, Object> values = endpointOptionValues;
        for (int i = 0; i < optionNames.size(); i++) {
            Object header = message.getHeader(optionHeaders.get(i));
            // blank is how an empty CSV column or form field arrives: not a value, so the endpoint's applies
            if (header != null && !(header instanceof CharSequence text && text.toString().isBlank())) {
                if (values == endpointOptionValues) {
                    // sized for the options it may hold: a default HashMap's table has 16 slots for an id or two
                    values = new HashMap<>((int) ((endpointOptionValues.size() + optionNames.size()) / 0.75f) + 1);
                    values.putAll(endpointOptionValues);
                }
                values.put(optionNames.get(i), header);
            }
        }
        return values;
    }

    /** The option values of the endpoint alone, for callers without a message (polling consumers). */
    public Map<String, Object> endpointOptions() {
        return endpointOptionValues;
    }

    /**
     * The single entry point to call the operation, for the producer and for consumers: checks the options (an
     * {@link IllegalArgumentException} naming the option, before any request), sends the request with the managed
     * token and returns the status and the typed result.
     *
     * @param optionValues option values by option name (see {@link #resolveOptions(Message)})
     * @param body         the request body, for operations that take one
     */
    public NextomeResult invoke(Map<String, Object> optionValues, Object body) throws IOException {
        return invoke(optionValues, body, () -> false);
    }

    /** {@link #invoke(Map, Object)} that retries no more once {@code stopRequested} (a consumer stopping). */
    NextomeResult invoke(Map<String, Object> optionValues, Object body, BooleanSupplier stopRequested)
            throws IOException {
        NextomeInvoker current = invoker;
        if (current == null) {
            throw new IllegalStateException("Endpoint nextome:" + getOperationName() + " is not started");
        }
        return geo.apply(optionValues, current.invoke(optionValues, body, stopRequested));
    }

    /**
     * Calls another operation of the catalog (a consumer's side request, e.g. a count) with this endpoint's
     * connection: base URL, credentials and token, retries; its results are not converted to WGS84.
     */
    NextomeResult invoke(NextomeOperation other, Map<String, Object> optionValues, BooleanSupplier stopRequested)
            throws IOException {
        NextomeInvoker current = invoker;
        if (current == null) {
            throw new IllegalStateException("Endpoint nextome:" + getOperationName() + " is not started");
        }
        return current.forOperation(other).invoke(optionValues, null, stopRequested);
    }

    /** The operation of {@code apiName/methodName}, or null for raw; an error lists the valid names. */
    static NextomeOperation lookup(String apiName, String methodName) {
        if (RAW.equals(apiName) && methodName == null) {
            return null;
        }
        return NextomeOperations.find(apiName, methodName);
    }
}
