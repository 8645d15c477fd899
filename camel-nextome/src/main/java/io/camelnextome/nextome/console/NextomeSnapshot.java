package io.camelnextome.nextome.console;

import java.time.Instant;
import java.util.Map;

import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.CredentialState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.RequestStats;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * What the monitor knows, as JSON: per credential set (token expiry, never the token; the last authentication),
 * per consumer (watermark, lag, last poll, records), and the calls per operation. The dev console prints it and
 * the JMX bean returns it, so both always show the same.
 */
public final class NextomeSnapshot {

    private NextomeSnapshot() {
    }

    public static JsonObject of(NextomeMonitor monitor) {
        JsonObject root = new JsonObject();
        JsonArray credentials = new JsonArray();
        for (CredentialState state : monitor.credentialSets()) {
            credentials.add(credentials(state));
        }
        root.put("credentialSets", credentials);
        JsonArray consumers = new JsonArray();
        for (ConsumerState state : monitor.consumers()) {
            consumers.add(consumer(state));
        }
        root.put("consumers", consumers);
        JsonObject requests = new JsonObject();
        long total = 0;
        for (Map.Entry<String, RequestStats> entry : new java.util.TreeMap<>(monitor.requests()).entrySet()) {
            JsonObject byStatus = new JsonObject();
            for (int i = 0; i < RequestStats.STATUS_CLASSES.length; i++) {
                long count = entry.getValue().count(i);
                if (count > 0) {
                    byStatus.put(RequestStats.STATUS_CLASSES[i], count);
                }
            }
            requests.put(entry.getKey(), byStatus);
            total += entry.getValue().total();
        }
        root.put("requests", requests);
        root.put("requestsTotal", total);
        root.put("retries", new JsonObject(monitor.retries()));
        return root;
    }

    private static JsonObject credentials(CredentialState state) {
        JsonObject json = new JsonObject();
        json.put("clientId", state.credentials().fixedToken() ? "(accessToken)" : state.credentials().clientId());
        json.put("authUrl", state.credentials().authUrl());
        json.put("tokenExpiresAt", text(state.tokenExpiresAt()));
        CredentialState.Outcome last = state.last();
        if (last != null) {
            json.put("lastAuthTime", last.time().toString());
            json.put("lastAuthResult", last.success() ? "success" : "failure");
            json.put("lastAuthStatus", last.httpStatus());
            json.put("lastAuthMessage", last.message());
        }
        json.put("healthy", state.healthy());
        return json;
    }

    private static JsonObject consumer(ConsumerState state) {
        JsonObject json = new JsonObject();
        json.put("routeId", state.routeId());
        json.put("operation", state.operation());
        if (state.incremental()) {
            ConsumerState.WatermarkReading watermark = state.readWatermark();
            json.put("watermark", watermark.text());
            if (watermark.time() != null) {
                json.put("lagSeconds", Math.round(watermark.lagSeconds() * 1000) / 1000.0);
            }
        }
        ConsumerState.Poll poll = state.lastPoll();
        if (poll != null) {
            json.put("lastPollTime", poll.time().toString());
            json.put("lastPollDelivered", poll.delivered());
            json.put("lastPollResult", poll.error() == null ? "success" : "failure");
            if (poll.error() != null) {
                json.put("lastPollError", poll.error());
            }
        }
        json.put("delivered", state.delivered());
        json.put("lateDelivered", state.lateDelivered());
        json.put("lateBeyondBound", state.lateBeyondBound());
        return json;
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }
}
