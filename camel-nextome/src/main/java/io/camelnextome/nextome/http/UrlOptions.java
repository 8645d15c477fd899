package io.camelnextome.nextome.http;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.hc.core5.net.URIAuthority;

/**
 * Checks the baseUrl and authUrl options before anything is sent. Each must be an absolute http or https URL with a
 * host, without user info (credentials go in clientId and clientSecret) and without a fragment (never sent: a '#' in
 * a query value cuts the value short). baseUrl takes no query either, as the API paths are appended to it; authUrl
 * keeps its query, which may carry a gateway's key. An error names the option and the value as {@link MaskedUrl}
 * shows it, without user info and fragment.
 */
public final class UrlOptions {

    private static final String ABSOLUTE = "must be an absolute http:// or https:// URL with a host";

    private UrlOptions() {
    }

    /** @throws IllegalArgumentException naming the first option whose value cannot work */
    public static void check(String baseUrl, String authUrl) {
        check("baseUrl", baseUrl, false);
        check("authUrl", authUrl, true);
    }

    private static void check(String option, String url, boolean query) {
        if (url == null) {
            return;
        }
        refuseUserInfo(option, url);
        String problem = problem(url, query);
        if (problem != null) {
            throw new IllegalArgumentException("Option '" + option + "' " + problem + "; got '" + shown(url) + "'");
        }
    }

    /** As MaskedUrl shows it, the fragment left out: it may be the rest of a key whose '#' was not encoded. */
    private static String shown(String url) {
        int fragment = url.indexOf('#');
        return fragment < 0 ? MaskedUrl.of(url) : MaskedUrl.of(url.substring(0, fragment)) + "#...";
    }

    /** What makes {@code url} unusable, or null. */
    private static String problem(String url, boolean query) {
        if (url.isBlank()) {
            return "is " + (url.isEmpty() ? "empty" : "blank") + ": leave it unset for its default";
        }
        if (!url.strip().equals(url)) {
            return "has leading or trailing whitespace";
        }
        if (url.contains("{{") || url.contains("${")) {
            return "holds an unresolved property placeholder";
        }
        if (!url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            return ABSOLUTE;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // the reason alone: the exception's message repeats the URL unmasked
            return "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")";
        }
        URIAuthority authority;
        try {
            // the host as the requests will name it: java.net.URI alone refuses a host name with '_' that works
            authority = NextomeHttpClient.Origin.authority(uri);
        } catch (URISyntaxException e) {
            return "is not a valid URL (" + e.getReason() + ")";
        } catch (IllegalArgumentException e) {
            return "is not a valid URL (" + e.getMessage() + ")"; // a port out of range, shown without the URL
        }
        if (authority == null || authority.getHostName().isEmpty()) {
            return ABSOLUTE;
        }
        if (uri.getRawFragment() != null) {
            return "must not hold a fragment (#...), which is never sent: write a '#' in a query value as %23";
        }
        if (!query && uri.getRawQuery() != null) {
            return "must not hold a query (?...): the API paths are appended to it";
        }
        return null;
    }

    /**
     * Refuses user info ({@code user:password@}) before the URL is parsed, as a URL that does not parse may hold it
     * too: HttpClient 5 refuses it on every call anyway, and a password there would show wherever the URL is named.
     * The message shows the URL without it.
     */
    private static void refuseUserInfo(String option, String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        if (at >= start) {
            throw new IllegalArgumentException("Option '" + option + "' must not hold user info (user:password@):"
                                               + " set clientId and clientSecret instead; got '"
                                               + shown(url.substring(0, start) + url.substring(at + 1)) + "'");
        }
    }
}
