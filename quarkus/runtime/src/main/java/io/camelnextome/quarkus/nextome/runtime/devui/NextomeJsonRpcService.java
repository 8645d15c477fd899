package io.camelnextome.quarkus.nextome.runtime.devui;

import java.util.Map;

import io.camelnextome.nextome.console.NextomeSnapshot;
import io.camelnextome.nextome.observe.NextomeMonitor;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;

/**
 * The Dev UI page's backend (dev mode only: the deployment module registers it as a JSON-RPC provider in local
 * development and nowhere else). It answers what the {@code nextome} dev console shows, from the same snapshot.
 */
public class NextomeJsonRpcService {

    @Inject
    CamelContext context;

    /**
     * Credential sets (token expiry and last authentication, never a secret or a token), consumers (watermark, lag,
     * last poll) and calls per operation; empty while no Nextome endpoint has started.
     */
    public Map<String, Object> getSnapshot() {
        NextomeMonitor monitor = NextomeMonitor.find(context);
        return monitor == null ? Map.of() : NextomeSnapshot.of(monitor);
    }
}
