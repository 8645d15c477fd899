package io.camelnextome.nextome.console;

import java.util.Map;

import io.camelnextome.nextome.observe.NextomeMonitor;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code nextome} dev console (Camel JBang {@code camel get nextome}-style tools, {@code /q/dev} in Quarkus,
 * Camel Main's {@code /observe/dev/nextome}): tokens, consumers and calls, from {@link NextomeSnapshot}.
 */
@DevConsole(name = "nextome", displayName = "Nextome", description = "Nextome tokens, consumers and calls")
public class NextomeDevConsole extends AbstractDevConsole {

    public NextomeDevConsole() {
        super("camel", "nextome", "Nextome", "Nextome tokens, consumers and calls");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        NextomeMonitor monitor = NextomeMonitor.find(getCamelContext());
        return monitor == null ? new JsonObject() : NextomeSnapshot.of(monitor);
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        NextomeMonitor monitor = NextomeMonitor.find(getCamelContext());
        if (monitor == null) {
            return "No Nextome endpoint has started";
        }
        JsonObject snapshot = NextomeSnapshot.of(monitor);
        StringBuilder text = new StringBuilder();
        section(text, "Credential sets", snapshot.getCollection("credentialSets"));
        section(text, "Consumers", snapshot.getCollection("consumers"));
        text.append("Requests (").append(snapshot.get("requestsTotal")).append(")\n");
        lines(text, snapshot.getMap("requests"));
        text.append("Retries\n");
        lines(text, snapshot.getMap("retries"));
        return text.toString();
    }

    private static void section(StringBuilder text, String title, java.util.Collection<?> entries) {
        text.append(title).append('\n');
        for (Object entry : entries) {
            text.append("  -\n");
            ((Map<?, ?>) entry).forEach((key, value) -> {
                if (value != null) {
                    text.append("    ").append(key).append(": ").append(value).append('\n');
                }
            });
        }
    }

    private static void lines(StringBuilder text, Map<?, ?> entries) {
        entries.forEach((key, value) -> text.append("  ").append(key).append(": ").append(value).append('\n'));
    }
}
