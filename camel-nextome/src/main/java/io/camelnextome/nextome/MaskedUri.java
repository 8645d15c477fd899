package io.camelnextome.nextome;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;

import io.camelnextome.nextome.http.MaskedUrl;
import org.apache.camel.util.URISupport;

/**
 * An endpoint URI as it may be shown (logs, the console, JMX, meter tags): as Camel shows URIs, and with what it
 * would mask in a URL option masked too, in authUrl and baseUrl also the credential keys of {@link MaskedUrl}. Camel
 * keeps such a URL percent-encoded in the endpoint URI, where masking finds no {@code apiKey=} to hide.
 */
final class MaskedUri {

    /** The URL options, whose query may hold a gateway's credential under a name Camel does not mask. */
    private static final Set<String> URL_OPTIONS = Set.of("authUrl", "baseUrl");

    private MaskedUri() {
    }

    static String of(String uri) {
        int query = uri == null ? -1 : uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        StringJoiner options = new StringJoiner("&");
        String rest = uri.substring(query + 1);
        for (int start = 0; start <= rest.length();) {
            int end = optionEnd(rest, start);
            options.add(maskedValue(rest.substring(start, end)));
            start = end + 1;
        }
        return URISupport.sanitizeUri(uri.substring(0, query + 1) + options);
    }

    /** Where the option at start ends: its '&', or after a RAW value's closing bracket, which may hold '&'s. */
    private static int optionEnd(String query, int start) {
        int equals = query.indexOf('=', start);
        int next = query.indexOf('&', start);
        if (equals >= 0 && (next < 0 || equals < next) && query.startsWith("RAW", equals + 1)
            && query.length() > equals + 4) {
            String close = query.charAt(equals + 4) == '{' ? "}&" : ")&";
            int closed = query.indexOf(close, equals + 5);
            return closed < 0 ? query.length() : closed + 1;
        }
        return next < 0 ? query.length() : next;
    }

    /** The option with its value masked as a URI, when decoded it is one with something to mask. */
    private static String maskedValue(String option) {
        int equals = option.indexOf('=');
        String value = option.substring(equals + 1);
        boolean url = equals > 0 && URL_OPTIONS.contains(option.substring(0, equals));
        if (equals < 0 || value.startsWith("RAW(") || value.startsWith("RAW{")) {
            // a RAW value is shown as written, and masked as such; a URL's credential keys are not Camel's to mask
            return url && value.length() > 4
                    ? option.substring(0, equals + 5) + MaskedUrl.of(value.substring(4, value.length() - 1))
                      + value.charAt(value.length() - 1)
                    : option;
        }
        try {
            String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            String masked = url ? MaskedUrl.of(decoded) : URISupport.sanitizeUri(decoded);
            return masked.equals(decoded)
                    ? option : option.substring(0, equals + 1) + URLEncoder.encode(masked, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return option;
        }
    }
}
