package io.camelnextome.nextome.observe;

import io.camelnextome.nextome.http.MaskedUrl;

/**
 * The credentials one token belongs to: an app's client id at an auth URL, or a fixed {@code accessToken} (both
 * null then). Holds nothing secret: the auth URL is kept masked ({@link MaskedUrl}), since it reaches meter tags, the
 * console and health details, where a key in its query or user info would be read by more people than the logs.
 */
public record CredentialSet(String clientId, String authUrl) {

    public CredentialSet {
        authUrl = MaskedUrl.of(authUrl);
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
