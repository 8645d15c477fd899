package io.camelnextome.nextome.http;

import java.util.regex.Pattern;

import org.apache.camel.util.URISupport;

/**
 * A URL of the authUrl or baseUrl option as it may be shown (logs, exception messages, the console, JMX, health
 * details, meter tags): as Camel sanitizes URIs, and with the value of a query key that gateways commonly take as
 * a credential masked too ({@code api-key}, {@code key}, {@code subscription-key}, {@code sig}, {@code signature},
 * {@code code}, {@code token}, in any case), which Camel's list of secret names does not hold.
 */
public final class MaskedUrl {

    /** Whole parameter names, so that {@code monkey=} or {@code zipcode=} stay as written. */
    private static final Pattern CREDENTIAL_KEYS = Pattern.compile(
            "([?&](?:api-key|key|subscription-key|sig|signature|code|token))=[^&#]*", Pattern.CASE_INSENSITIVE);

    private MaskedUrl() {
    }

    public static String of(String url) {
        if (url == null) {
            return null;
        }
        return CREDENTIAL_KEYS.matcher(URISupport.sanitizeUri(url)).replaceAll("$1=xxxxxx");
    }
}
