package io.camelnextome.nextome.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelnextome.nextome.observe.CredentialState;
import io.camelnextome.nextome.observe.NextomeMonitor;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the Nextome component: DOWN while the last authentication of a credential set failed or the API
 * rejected a token just acquired (HTTP 401 after a re-authentication) or a fixed {@code accessToken}, UP again
 * after that set's next success, or once nothing tried that set for longer than a token lifetime (the longest one
 * acquired, else {@link #DEFAULT_UNUSED_AFTER}) and the wait its auth endpoint asked for with the failure
 * (Retry-After) is over: a set used once with a wrong client id (a tenant's typo in a dynamic endpoint, a route since
 * reloaded) must not keep the instance out of service until a restart, and a set in use is tried again at least
 * every few seconds (the authentication backoff), or when the wait the server asked for ends. The details name the
 * client id and the auth URL (or {@code credentials: accessToken}), the HTTP status and the time of the failure;
 * never the secret nor a token.
 */
public final class NextomeHealthCheck extends AbstractHealthCheck {

    public static final String ID = "nextome";
    /** How long an unused failing set counts while no token lifetime is known: a common lifetime. */
    public static final Duration DEFAULT_UNUSED_AFTER = Duration.ofHours(1);

    private final NextomeMonitor monitor;

    public NextomeHealthCheck(NextomeMonitor monitor) {
        super("camel", ID);
        this.monitor = monitor;
    }

    @Override
    public boolean isLiveness() {
        // a rejected credential is not cured by a restart
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Collection<CredentialState> sets = monitor.credentialSets();
        long unusedAfter = sets.stream().mapToLong(CredentialState::tokenLifetimeMillis).filter(lifetime -> lifetime > 0)
                .max().orElse(DEFAULT_UNUSED_AFTER.toMillis());
        Instant now = Instant.now();
        Instant triedSince = now.minusMillis(unusedAfter);
        List<CredentialState> failing = sets.stream()
                .filter(state -> !state.healthy()
                                 && (state.last().time().isAfter(triedSince) || waiting(state, now))).toList();
        builder.detail("credential.sets", sets.size());
        if (failing.isEmpty()) {
            builder.up();
            return;
        }
        CredentialState first = failing.get(0);
        CredentialState.Outcome outcome = first.last();
        if (first.credentials().fixedToken()) {
            builder.detail("credentials", first.credentials().toString());
        } else {
            builder.detail("client.id", first.credentials().clientId());
            builder.detail("auth.url", first.credentials().authUrl());
        }
        builder.detail("http.status", outcome.httpStatus());
        builder.detail("time", outcome.time().toString());
        if (waiting(first, now)) {
            builder.detail("retry.after", first.waitUntil().toString());
        }
        builder.message(failing.stream().map(state -> state.credentials() + ": " + state.last().message())
                .collect(Collectors.joining("; ")));
        builder.down();
    }

    /** Whether the set's auth endpoint asked, with its last failure, to wait until after now. */
    private static boolean waiting(CredentialState state, Instant now) {
        Instant until = state.waitUntil();
        return until != null && until.isAfter(now);
    }
}
