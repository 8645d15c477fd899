package io.camelnextome.nextome.management;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Hashtable;
import java.util.List;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularDataSupport;
import javax.management.openmbean.TabularType;

import io.camelnextome.nextome.console.NextomeSnapshot;
import io.camelnextome.nextome.observe.ConsumerState;
import io.camelnextome.nextome.observe.CredentialState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.RequestStats;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.ManagementAgent;

/**
 * The JMX view of the Nextome endpoints, {@code org.apache.camel:context=<name>,type=services,name=nextome}: the
 * tokens (their expiry, never their value), the consumers, the calls; and two operator's tools: renew a token now,
 * and move a stopped consumer's watermark to replay (or skip) a time range.
 */
@ManagedResource(description = "Nextome tokens, consumers and calls")
public class ManagedNextome {

    private static final String[] CREDENTIAL_COLUMNS
            = { "clientId", "authUrl", "tokenExpiresAt", "lastAuthTime", "lastAuthResult", "lastAuthStatus", "message" };
    private static final String[] CONSUMER_COLUMNS
            = { "routeId", "operation", "watermark", "lagSeconds", "lastPollTime", "lastPollResult", "lastPollError",
                "delivered", "lateDelivered", "lateBeyondBound" };

    private final NextomeMonitor monitor;

    public ManagedNextome(NextomeMonitor monitor) {
        this.monitor = monitor;
    }

    /** Registers the bean with the context's management agent, if JMX is on, until the monitor stops. */
    public static void register(CamelContext context, NextomeMonitor monitor) {
        ManagementAgent agent = context.getManagementStrategy().getManagementAgent();
        if (agent == null) {
            return;
        }
        try {
            ObjectName contextName = context.getManagementStrategy().getManagementObjectNameStrategy()
                    .getObjectNameForCamelContext(context);
            Hashtable<String, String> keys = new Hashtable<>();
            keys.put("context", contextName.getKeyProperty("context"));
            keys.put("type", "services");
            keys.put("name", "nextome");
            ObjectName name = new ObjectName(agent.getMBeanObjectDomainName(), keys);
            agent.register(new ManagedNextome(monitor), name);
            monitor.closeOnStop(() -> agent.unregister(name));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the Nextome JMX bean", e);
        }
    }

    @ManagedAttribute(description = "Calls of the Nextome API, all operations and outcomes")
    public long getRequestCount() {
        return monitor.requests().values().stream().mapToLong(RequestStats::total).sum();
    }

    @ManagedAttribute(description = "Calls of the Nextome API that ended in an error (4xx, 5xx or no response)")
    public long getFailedRequestCount() {
        return monitor.requests().values().stream()
                .mapToLong(stats -> stats.count(0) + stats.count(4) + stats.count(5)).sum();
    }

    @ManagedAttribute(description = "Requests sent again")
    public long getRetryCount() {
        return monitor.retries().values().stream().mapToLong(Long::longValue).sum();
    }

    @ManagedAttribute(description = "Per credential set: token expiry (never the token), last authentication")
    public TabularData getCredentialSets() throws OpenDataException {
        return table("credentialSets", CREDENTIAL_COLUMNS, new String[] { "clientId", "authUrl" },
                monitor.credentialSets().stream().map(ManagedNextome::row).toList());
    }

    @ManagedAttribute(description = "Per consumer: watermark, lag, last poll, records delivered")
    public TabularData getConsumers() throws OpenDataException {
        return table("consumers", CONSUMER_COLUMNS, new String[] { "routeId" },
                monitor.consumers().stream().map(ManagedNextome::row).toList());
    }

    @ManagedOperation(description = "Everything this bean shows, as the JSON of the nextome dev console")
    public String dumpAsJson() {
        return NextomeSnapshot.of(monitor).toJson();
    }

    @ManagedOperation(description = "Authenticate again now for this client id, replacing the current token")
    public void renewToken(String clientId) {
        List<CredentialState> matching = monitor.credentialSets().stream()
                .filter(state -> clientId != null && clientId.equals(state.credentials().clientId())).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("No credential set has the client id '" + clientId + "'; known: "
                                               + monitor.credentialSets().stream()
                                                       .map(state -> state.credentials().toString()).toList());
        }
        matching.forEach(CredentialState::renew);
    }

    @ManagedOperation(description = "Move the watermark of a stopped or suspended incremental consumer to a time"
                                    + " (ISO-8601, e.g. 2026-11-29T06:00:00Z, or epoch milliseconds): when it runs"
                                    + " again it delivers every record from that time on")
    public void resetWatermark(String routeId, String time) {
        ConsumerState state = monitor.consumer(routeId);
        if (state == null) {
            throw new IllegalArgumentException("No Nextome consumer has the route id '" + routeId + "'; known: "
                                               + monitor.consumers().stream().map(ConsumerState::routeId).toList());
        }
        state.resetWatermark(parse(time));
    }

    static Instant parse(String time) {
        try {
            return time != null && time.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochMilli(Long.parseLong(time)) : Instant.parse(time);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("Not a time: '" + time + "'; give ISO-8601 (2026-11-29T06:00:00Z) or"
                                               + " epoch milliseconds");
        }
    }

    private static Object[] row(CredentialState state) {
        CredentialState.Outcome last = state.last();
        return new Object[] {
                state.credentials().fixedToken() ? "(accessToken)" : state.credentials().clientId(),
                state.credentials().authUrl(), text(state.tokenExpiresAt()),
                last == null ? null : last.time().toString(),
                last == null ? null : last.success() ? "success" : "failure",
                last == null ? null : String.valueOf(last.httpStatus()),
                last == null ? null : last.message() };
    }

    private static Object[] row(ConsumerState state) {
        ConsumerState.Poll poll = state.lastPoll();
        ConsumerState.WatermarkReading watermark = state.readWatermark();
        return new Object[] {
                state.routeId(), state.operation(), watermark.text(),
                watermark.time() == null ? null : String.valueOf(watermark.lagSeconds()),
                poll == null ? null : poll.time().toString(),
                poll == null ? null : poll.error() == null ? "success" : "failure",
                poll == null ? null : poll.error(),
                String.valueOf(state.delivered()), String.valueOf(state.lateDelivered()),
                String.valueOf(state.lateBeyondBound()) };
    }

    private static TabularData table(String name, String[] columns, String[] index, List<Object[]> rows)
            throws OpenDataException {
        OpenType<?>[] types = new OpenType<?>[columns.length];
        java.util.Arrays.fill(types, SimpleType.STRING);
        CompositeType rowType = new CompositeType(name, name, columns, columns, types);
        TabularDataSupport table = new TabularDataSupport(new TabularType(name, name, rowType, index));
        for (Object[] row : rows) {
            table.put(new CompositeDataSupport(rowType, columns, row));
        }
        return table;
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }
}
