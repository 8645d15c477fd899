package io.camelnextome.nextome;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.apache.camel.util.URISupport;

/**
 * The name of a consumer outside a route (a ConsumerTemplate, pollEnrich), in the console, JMX and the meters'
 * {@code consumer} tag: its endpoint key as Camel shows URIs. Camel keeps a URL option (authUrl, baseUrl) there
 * percent-encoded, where masking finds no {@code apiKey=} to hide, so such a value is masked decoded first.
 */
final class ConsumerName {

    private ConsumerName() {
    }

    static String of(String endpointKey) {
        int query = endpointKey.indexOf('?');
        if (query < 0) {
            return endpointKey;
        }
        StringJoiner options = new StringJoiner("&");
        for (String option : endpointKey.substring(query + 1).split("&")) {
            options.add(maskedValue(option));
        }
        return URISupport.sanitizeUri(endpointKey.substring(0, query + 1) + options);
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
