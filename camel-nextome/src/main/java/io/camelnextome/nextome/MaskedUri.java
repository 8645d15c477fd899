package io.camelnextome.nextome;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.apache.camel.util.URISupport;

/**
 * An endpoint URI as it may be shown (logs, the console, JMX, meter tags): as Camel shows URIs, and with what it
 * would mask in a URL option (authUrl, baseUrl) masked too. Camel keeps such a URL percent-encoded in the endpoint
 * URI, where masking finds no {@code apiKey=} to hide.
 */
final class MaskedUri {

    private MaskedUri() {
    }

    static String of(String uri) {
        int query = uri == null ? -1 : uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        StringJoiner options = new StringJoiner("&");
        for (String option : uri.substring(query + 1).split("&")) {
            options.add(maskedValue(option));
        }
        return URISupport.sanitizeUri(uri.substring(0, query + 1) + options);
    }

    /** The option with its value masked as a URI, when decoded it is one with something to mask. */
    private static String maskedValue(String option) {
        int equals = option.indexOf('=');
        String value = option.substring(equals + 1);
        if (equals < 0 || value.startsWith("RAW(")) {
            return option; // a RAW value is shown as written, and masked as such
        }
        try {
            String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            String masked = URISupport.sanitizeUri(decoded);
            return masked.equals(decoded)
                    ? option : option.substring(0, equals + 1) + URLEncoder.encode(masked, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return option;
        }
    }
}
