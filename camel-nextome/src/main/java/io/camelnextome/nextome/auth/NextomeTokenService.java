package io.camelnextome.nextome.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The CamelContext-wide registry of access tokens: one {@link TokenManager} per (authUrl, clientId), so that all
 * endpoints and component instances of a CamelContext share one token per Nextome app.
 */
public final class NextomeTokenService extends ServiceSupport {

    private record Key(String authUrl, String clientId) {
    }

    private final Map<Key, TokenManager> managers = new ConcurrentHashMap<>();

    /** The service of {@code context}, added to it on first use. */
    public static NextomeTokenService of(CamelContext context) {
        synchronized (context) {
            NextomeTokenService service = context.hasService(NextomeTokenService.class);
            if (service == null) {
                service = new NextomeTokenService();
                try {
                    context.addService(service, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot register the Nextome token service", e);
                }
            }
            return service;
        }
    }

    public TokenManager manager(String authUrl, String clientId) {
        return managers.computeIfAbsent(new Key(authUrl, clientId), key -> new TokenManager(authUrl, clientId));
    }

    @Override
    protected void doStop() {
        managers.clear();
    }
}
