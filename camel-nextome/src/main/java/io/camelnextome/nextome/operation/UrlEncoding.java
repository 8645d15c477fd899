package io.camelnextome.nextome.operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of the values that go into a request's path and query, as {@link URLEncoder} does it. A value made
 * of characters that URLEncoder leaves as they are (ids, numbers, enum names, timestamps without spaces) is returned
 * at once: URLEncoder allocates a writer and a builder for every value, on every call.
 */
public final class UrlEncoding {

    private UrlEncoding() {
    }

    /** {@code URLEncoder.encode(value, UTF_8)}: a query value ({@code application/x-www-form-urlencoded}). */
    public static String formValue(String value) {
        return unchanged(value) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One path segment (RFC 3986: spaces as %20, dots of "." and ".." segments encoded). */
    public static String pathSegment(String value) {
        String encoded = unchanged(value) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        if (encoded.equals(".") || encoded.equals("..")) {
            return encoded.replace(".", "%2E");
        }
        return encoded;
    }

    /** Whether URLEncoder leaves {@code value} as it is: only ASCII letters, digits and {@code - _ . *}. */
    private static boolean unchanged(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                  || c == '.' || c == '*')) {
                return false;
            }
        }
        return true;
    }
}
