package io.camelnextome.nextome.observe;

/**
 * The credentials one token belongs to: an app's client id at an auth URL, or a fixed {@code accessToken} (both
 * null then). Holds nothing secret.
 */
public record CredentialSet(String clientId, String authUrl) {

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
