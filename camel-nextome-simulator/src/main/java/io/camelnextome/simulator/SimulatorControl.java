package io.camelnextome.simulator;

import io.camelnextome.simulator.auth.TokenService;
import io.camelnextome.simulator.control.FaultInjector;
import io.camelnextome.simulator.control.RequestBodies;
import io.camelnextome.simulator.control.RequestCounters;
import io.camelnextome.simulator.demo.DemoData;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counters, received request bodies, fault injection and position control of a running simulator; the same actions are served
 * over HTTP under {@code /_sim/}. Faults apply to every Nextome path ({@code /apps/auth} included),
 * never to {@code /_sim/}.
 */
public final class SimulatorControl {

    private final RequestCounters counters;
    private final FaultInjector faults;
    private final TokenService tokens;
    private final DemoData demo;
    private final Duration configuredTokenLifetime;
    private final RequestBodies received;

    SimulatorControl(RequestCounters counters, FaultInjector faults, TokenService tokens, DemoData demo,
                     RequestBodies received) {
        this.received = received;
        this.counters = counters;
        this.faults = faults;
        this.tokens = tokens;
        this.demo = demo;
        this.configuredTokenLifetime = tokens.lifetime();
    }

    /** Calls of {@code POST /apps/auth}, successful or not. */
    public long authCalls() {
        return counters.authCalls();
    }

    public long tokensIssued() {
        return counters.tokensIssued();
    }

    /** Requests of one operation, keyed as the OpenAPI document writes it, e.g. {@code "GET /trackables/{tid}"}. */
    public long requests(String key) {
        return counters.requests(key);
    }

    /**
     * The responses one operation sent, by HTTP status, injected faults included; a dropped connection sent none.
     * {@code responses("POST /trackables").get(201)} is how many trackables were created over the API.
     */
    public Map<Integer, Long> responses(String key) {
        return counters.responses(key);
    }

    /** The operations that sent a response, each with its responses by status. */
    public Map<String, Map<Integer, Long>> responsesByOperation() {
        return counters.responsesByOperation();
    }

    /** Every one of the 77 operations with its request count. */
    public Map<String, Long> requestsByOperation() {
        return counters.requestsByOperation();
    }

    /**
     * Every HTTP request the simulator received, whatever its path: also those no operation serves (a 404 or 405),
     * {@code /apps/auth} and {@code /_sim/}.
     */
    public long receivedRequests() {
        return counters.received();
    }

    /** Requests of the 77 operations (neither {@code /apps/auth} nor {@code /_sim/}), faulted ones included. */
    public long totalRequests() {
        return counters.totalRequests();
    }

    /**
     * The last request bodies (up to {@value RequestBodies#KEPT}) that one operation accepted, exactly as received,
     * oldest first; keyed like {@link #requests(String)}, e.g. {@code "POST /locations/list"}.
     */
    public List<String> requestBodies(String key) {
        return received.last(key);
    }

    /** Delays every API response by this much (without blocking a thread). */
    public SimulatorControl latency(Duration latency) {
        faults.latency(latency);
        return this;
    }

    /** That share (0 to 1) of API responses fail with this status and a JSON error. */
    public SimulatorControl failures(int status, double share) {
        faults.failures(status, share);
        return this;
    }

    /** That share (0 to 1) of API requests get their connection closed without a response. */
    public SimulatorControl dropConnections(double share) {
        faults.dropConnections(share);
        return this;
    }

    /** The next {@code count} API responses are 429 with {@code Retry-After} in whole seconds. */
    public SimulatorControl tooManyRequests(int count, Duration retryAfter) {
        faults.tooManyRequests(count, retryAfter);
        return this;
    }

    /** {@code POST /apps/auth} answers 503 for this long from now (tokens already issued keep working). */
    public SimulatorControl authOutage(Duration duration) {
        faults.authOutage(duration);
        return this;
    }

    /**
     * From now on, that share (0 to 1) of the live positions is stored only after {@code delay}, with its original
     * {@code timestampGenerated}: a client that has read past that time sees it appear later. Histories generated
     * on request are never late. Positions already held back are stored when due, even after {@link #clearFaults()}.
     */
    public SimulatorControl latePositions(double share, Duration delay) {
        faults.latePositions().hold(share, delay);
        return this;
    }

    /** How many live positions the late-positions fault held back since the start or the last {@link #reset()}. */
    public long latePositionsHeld() {
        return faults.latePositions().heldSinceReset();
    }

    /** Every token issued so far stops working (401). */
    public SimulatorControl revokeAllTokens() {
        tokens.revokeAll();
        return this;
    }

    /** The lifetime of the tokens issued from now on. */
    public SimulatorControl tokenLifetime(Duration lifetime) {
        tokens.lifetime(lifetime);
        return this;
    }

    /** The faults in force. */
    public FaultInjector.Settings faults() {
        return faults.settings();
    }

    /** Ends every fault; positions the late-positions fault already held back are still stored when due. */
    public SimulatorControl clearFaults() {
        faults.clear();
        return this;
    }

    /**
     * Faults, counters, token lifetime and the store back to the seeded demo state (issued tokens stay valid);
     * positions held back by the late-positions fault are discarded.
     */
    public SimulatorControl reset() {
        faults.clear();
        tokens.lifetime(configuredTokenLifetime);
        demo.reset();
        counters.reset();
        received.clear();
        return this;
    }

    /** Generates one position per trackable per interval for [from, to], both inclusive; returns how many. */
    public long generateHistory(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        return demo.generator().generateHistory(from.toEpochMilli(), to.toEpochMilli());
    }

    /** How many positions of the venue the store holds with {@code timestampGenerated} in [from, to], both inclusive. */
    public long positionsGenerated(long venueId, Instant from, Instant to) {
        return demo.store().positions.venue(venueId).countBetween(from.toEpochMilli(), to.toEpochMilli());
    }

    public SimulatorControl pauseGeneration() {
        demo.generator().pause();
        return this;
    }

    public SimulatorControl resumeGeneration() {
        demo.generator().resume();
        return this;
    }

    public boolean generationPaused() {
        return demo.generator().isPaused();
    }

    public Duration tokenLifetime() {
        return tokens.lifetime();
    }

    public Duration positionInterval() {
        return Duration.ofMillis(demo.generator().intervalMillis());
    }
}
