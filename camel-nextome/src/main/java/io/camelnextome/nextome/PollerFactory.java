package io.camelnextome.nextome;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import io.camelnextome.nextome.consumer.BeyondBoundAudit;
import io.camelnextome.nextome.consumer.ChangeFeedPoller;
import io.camelnextome.nextome.consumer.ChangeFeedState;
import io.camelnextome.nextome.consumer.IncrementalPoller;
import io.camelnextome.nextome.consumer.OperationCall;
import io.camelnextome.nextome.consumer.Poller;
import io.camelnextome.nextome.consumer.ResultPoller;
import io.camelnextome.nextome.consumer.TimeSeries;
import io.camelnextome.nextome.consumer.WatermarkStore;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.NextomeOperations;
import io.camelnextome.nextome.operation.OptionValues;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/** Checks a consumer endpoint's options and makes the {@link Poller} they ask for. */
final class PollerFactory {

    private static final String POSITIONS = "locations/positions";

    /** Incremental page size when the endpoint sets no {@code size}. */
    static final int DEFAULT_PAGE_SIZE = 500;

    /** Options that move with the stream rather than select it, so they are not part of its state key. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("start", "end", "page", "size");
    /**
     * Options of a time series that an incremental stream overrides (tolerance and timeUnit only matter without
     * start) or that only say which timestamp orders it (timeField): changing them must not restart the stream.
     */
    private static final Set<String> SERIES_WINDOW_OPTIONS = Set.of("start", "end", "page", "size", "tolerance",
            "timeUnit", "timeField");

    private PollerFactory() {
    }

    /** Fails with a message naming the option when the endpoint cannot be a consumer as configured. */
    static void check(NextomeEndpoint endpoint) {
        NextomeOperation operation = endpoint.getOperation();
        String name = "nextome:" + endpoint.getOperationName();
        if (operation == null) {
            Object method = endpoint.endpointOptions().get("httpMethod");
            if (method != null && !"GET".equalsIgnoreCase(method.toString())) {
                throw new IllegalArgumentException(name + " can only poll with httpMethod GET, not '" + method + "'");
            }
            return;
        }
        if (!"GET".equals(operation.httpMethod())) {
            throw new IllegalArgumentException(name + " cannot be a consumer: only GET operations can be polled, and"
                                               + " this one is a " + operation.httpMethod());
        }
        OptionValues.check(operation, endpoint.endpointOptions(), true);
        if (POSITIONS.equals(endpoint.getOperationName())) {
            BeyondBoundAudit.check(name, endpoint.getLateAuditHorizon(), endpoint.getLateAuditInterval());
        }
        boolean timeSeries = timeSeries(endpoint) != null;
        if (endpoint.isChangesOnly()) {
            if (operation.resultType() == null || !operation.resultType().isCollectionLikeType()) {
                throw new IllegalArgumentException("Option 'changesOnly' of " + name + " needs a list operation, and"
                                                   + " this one returns " + operation.resultTypeName());
            }
            if (timeSeries && endpoint.isIncremental()) {
                throw new IllegalArgumentException("Options 'changesOnly' and 'incremental' of " + name
                                                   + " exclude each other: set incremental=false to compare lists");
            }
        }
    }

    static Poller create(NextomeEndpoint endpoint, BooleanSupplier stopRequested) {
        String name = endpoint.getOperationName();
        Map<String, Object> options = endpoint.endpointOptions();
        OperationCall call = values -> endpoint.invoke(values, null, stopRequested).body();
        TimeSeries series = timeSeries(endpoint);
        if (series != null && endpoint.isIncremental()) {
            WatermarkStore store = new WatermarkStore(stateRepository(endpoint), stateKey(endpoint),
                    legacyStateKey(endpoint));
            Object size = options.get("size");
            return new IncrementalPoller(name, call, series, options, store,
                    size == null ? DEFAULT_PAGE_SIZE : ((Number) size).intValue(), endpoint.getSettleTime(),
                    endpoint.getLateness(), endpoint.getLatenessSweepInterval(), System::currentTimeMillis,
                    !endpoint.isSplitResult(), audit(endpoint, stopRequested));
        }
        if (endpoint.isChangesOnly()) {
            JavaType element = endpoint.getOperation().resultType().getContentType();
            return new ChangeFeedPoller(name, call, options, NextomeJson.MAPPER, element,
                    new ChangeFeedState(stateRepository(endpoint), stateKey(endpoint)));
        }
        return new ResultPoller(name, call, options, endpoint.isSplitResult());
    }

    /** The audit of positions later than the lateness sweep sees, or null when it is off or there is no sweep. */
    private static BeyondBoundAudit audit(NextomeEndpoint endpoint, BooleanSupplier stopRequested) {
        if (!POSITIONS.equals(endpoint.getOperationName()) || endpoint.getLateAuditInterval() == 0
            || endpoint.getLateness() == 0 || endpoint.endpointOptions().get("end") != null) {
            return null;
        }
        NextomeOperation count = NextomeOperations.find("locations", "countInBucket");
        OperationCall countInBucket = values -> endpoint.invoke(count, values, stopRequested).body();
        return new BeyondBoundAudit(endpoint.getOperationName(), countInBucket,
                endpoint.endpointOptions().get("providerType"), endpoint.getLateAuditHorizon(),
                endpoint.getLateAuditInterval(), System.currentTimeMillis());
    }

    /** The endpoint's state repository, started; an in-memory one (kept across route restarts) when none is set. */
    private static StateRepository<String, String> stateRepository(NextomeEndpoint endpoint) {
        if (endpoint.getStateRepository() == null) {
            endpoint.setStateRepository(new MemoryStateRepository());
        }
        ServiceHelper.startService(endpoint.getStateRepository());
        return endpoint.getStateRepository();
    }

    private static TimeSeries timeSeries(NextomeEndpoint endpoint) {
        return endpoint.getOperation() == null ? null
                : TimeSeries.of(endpoint.getOperationName(), endpoint.endpointOptions().get("timeField"));
    }

    /**
     * The explicit stateKey, else the operation and the options that select its records:
     * {@code locations/positions(venueId:1)} (no '=', which a FileStateRepository cannot store in a key).
     */
    static String stateKey(NextomeEndpoint endpoint) {
        if (endpoint.getStateKey() != null) {
            return endpoint.getStateKey();
        }
        return key(endpoint, timeSeries(endpoint) != null ? SERIES_WINDOW_OPTIONS : WINDOW_OPTIONS);
    }

    /** The default key of earlier versions, which also held tolerance, timeUnit and timeField: read when found. */
    private static String legacyStateKey(NextomeEndpoint endpoint) {
        return endpoint.getStateKey() != null ? null : key(endpoint, WINDOW_OPTIONS);
    }

    private static String key(NextomeEndpoint endpoint, Set<String> notSelecting) {
        String filters = new TreeMap<>(endpoint.endpointOptions()).entrySet().stream()
                .filter(e -> !notSelecting.contains(e.getKey()))
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        return endpoint.getOperationName() + (filters.isEmpty() ? "" : "(" + filters + ")");
    }
}
