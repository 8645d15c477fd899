package io.camelnextome.nextome.auth;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * When a token from the handshake expires: the JWT {@code exp} claim, else an expiry field of the response
 * ({@code expiresIn}, {@code expires_in}, seconds), else one hour.
 */
final class TokenExpiry {

    static final long DEFAULT_LIFETIME_MILLIS = 3_600_000L;

    private TokenExpiry() {
    }

    static long expiresAtMillis(String token, JsonNode response, long nowMillis, ObjectMapper mapper) {
        long fromJwt = jwtExpiryMillis(token, mapper);
        if (fromJwt > 0) {
            return fromJwt;
        }
        for (String field : new String[] { "expiresIn", "expires_in" }) {
            JsonNode seconds = response.get(field);
            if (seconds != null && seconds.canConvertToLong() && seconds.asLong() > 0) {
                return nowMillis + seconds.asLong() * 1000;
            }
        }
        return nowMillis + DEFAULT_LIFETIME_MILLIS;
    }

    /** The {@code exp} claim in epoch milliseconds, or 0 when the token is not a JWT with one. */
    static long jwtExpiryMillis(String token, ObjectMapper mapper) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return 0;
        }
        try {
            JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode exp = claims.get("exp");
            return exp != null && exp.canConvertToLong() ? exp.asLong() * 1000 : 0;
        } catch (Exception notAJwt) {
            return 0;
        }
    }
}
