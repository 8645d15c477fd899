package io.camelnextome.reliability;

import java.util.Map;

import io.camelnextome.simulator.SimulatorControl;

/**
 * What the simulator's own counters show of the faults at work during one row, read once the row's routes have
 * stopped: a row whose fault never met a request proves nothing, so each row asserts its figure here is above 0.
 *
 * @param latencyMillis the latency in force right after the row's faults were injected
 * @param unauthorized  401 responses (revoked or expired tokens met)
 * @param tooMany       429 responses, {@code /apps/auth} included
 * @param unavailable   503 responses of the API operations ({@code /apps/auth} excluded)
 * @param authFailed    503 responses of {@code /apps/auth}
 * @param dropped       requests that got no response: their connection was closed
 * @param tokensIssued  access tokens the simulator issued
 * @param lateHeld      live positions the late-positions fault held back
 */
record Injected(long latencyMillis, long unauthorized, long tooMany, long unavailable, long authFailed, long dropped,
                long tokensIssued, long lateHeld) {

    static final String AUTH = "POST /apps/auth";

    static Injected of(SimulatorControl control, long latencyMillis) {
        Map<String, Map<Integer, Long>> responses = control.responsesByOperation();
        long received = control.requestsByOperation().values().stream().mapToLong(Long::longValue).sum()
                        + control.authCalls();
        long answered = responses.values().stream().flatMap(byStatus -> byStatus.values().stream())
                .mapToLong(Long::longValue).sum();
        long authFailed = responses.getOrDefault(AUTH, Map.of()).getOrDefault(503, 0L);
        return new Injected(latencyMillis, status(responses, 401), status(responses, 429),
                status(responses, 503) - authFailed, authFailed, received - answered, control.tokensIssued(),
                control.latePositionsHeld());
    }

    private static long status(Map<String, Map<Integer, Long>> responses, int status) {
        return responses.values().stream().mapToLong(byStatus -> byStatus.getOrDefault(status, 0L)).sum();
    }
}
