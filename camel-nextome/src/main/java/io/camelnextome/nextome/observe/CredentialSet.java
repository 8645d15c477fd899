package io.camelnextome.nextome.observe;

import org.apache.camel.util.URISupport;

/**
 * The credentials one token belongs to: an app's client id at an auth URL, or a fixed {@code accessToken} (both
 * null then). Holds nothing secret: the auth URL is kept as Camel sanitizes URIs, since it reaches meter tags, the
 * console and health details, where a key in its query or user info would be read by more people than the logs.
 */
public record CredentialSet(String clientId, String authUrl) {

    public CredentialSet {
        authUrl = authUrl == null ? null : URISupport.sanitizeUri(authUrl);
    }

    /** A fixed access token configured on the endpoint. */
    public static final CredentialSet FIXED_TOKEN = new CredentialSet(null, null);

    public boolean fixedToken() {
        return clientId == null;
    }

    /** {@code clientId@authUrl}, or {@code accessToken}. */
    @Override
    public String toString() {
        return fixedToken() ? "accessToken" : clientId + "@" + authUrl;
    }
}
