package io.camelnextome.nextome;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.nextome.auth.NextomeAuthenticator;
import io.camelnextome.nextome.auth.NextomeTokenService;
import io.camelnextome.nextome.http.RetryPolicy;
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

    private final NextomeOperation operation;
    /** The option values set on the endpoint (and the component), by option name; fixed once started. */
    private Map<String, Object> endpointOptionValues = Map.of();
    private NextomeInvoker invoker;

    NextomeEndpoint(String uri, NextomeComponent component, String apiName, String methodName,
                    NextomeOperation operation, NextomeConfiguration configuration) {
        super(uri, component);
        this.apiName = apiName;
        this.methodName = methodName;
        this.operation = operation;
        this.configuration = configuration;
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

    /** The operation this endpoint calls, or null for {@code nextome:raw}. */
    public NextomeOperation getOperation() {
        return operation;
    }

    /** {@code api/method}, or {@code raw}. */
    public String getOperationName() {
        return operation == null ? RAW : operation.name();
    }

    @Override
    public Producer createProducer() {
        return new NextomeProducer(this);
    }

    /** Polling consumers are added per operation by a later change; this is the one place that refuses them. */
    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("consumers are not available for " + getOperationName());
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
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
        }
        endpointOptionValues = Map.copyOf(values);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        NextomeConfiguration config = configuration;
        var http = getComponent().httpClient(config);
        NextomeInvoker.Credentials credentials;
        if (config.getAccessToken() != null) {
            credentials = NextomeInvoker.fixed(config.getAccessToken());
        } else {
            String authUrl = config.resolveAuthUrl();
            NextomeAuthenticator authenticator = new NextomeAuthenticator(http, authUrl, config.getClientId(),
                    config.getClientSecret(), config.getTokenRefreshMargin(), NextomeJson.MAPPER);
            credentials = NextomeInvoker.managed(
                    NextomeTokenService.of(getCamelContext()).manager(authUrl, config.getClientId()), authenticator,
                    config.getClientSecret());
        }
        Class<?> outputClass = config.getOutputClass() == null ? null
                : getCamelContext().getClassResolver().resolveMandatoryClass(config.getOutputClass());
        invoker = new NextomeInvoker(operation, config.getBaseUrl(), http,
                new RetryPolicy(config.getMaxRetries(), config.getRetryInitialDelay(), config.getRetryMaxDelay()),
                credentials, outputClass);
    }

    @Override
    protected void doStop() throws Exception {
        invoker = null;
        super.doStop();
    }

    /** The names of the options this endpoint's operation takes. */
    public List<String> optionNames() {
        return operation == null ? RAW_OPTIONS : operation.options().stream().map(OperationOption::name).toList();
    }

    /**
     * The option values for one call: the endpoint's (and component's) options, overridden by the message headers
     * {@code CamelNextome.<option>}.
     */
    public Map<String, Object> resolveOptions(Message message) {
        Map<String, Object> values = new HashMap<>(endpointOptionValues);
        for (String name : optionNames()) {
            Object header = message.getHeader(NextomeConstants.HEADER_PREFIX + name);
            if (header != null) {
                values.put(name, header);
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
        NextomeInvoker current = invoker;
        if (current == null) {
            throw new IllegalStateException("Endpoint nextome:" + getOperationName() + " is not started");
        }
        return current.invoke(optionValues, body);
    }

    /** The operation of {@code apiName/methodName}, or null for raw; an error lists the valid names. */
    static NextomeOperation lookup(String apiName, String methodName) {
        if (RAW.equals(apiName) && methodName == null) {
            return null;
        }
        return NextomeOperations.find(apiName, methodName);
    }
}
