package io.camelnextome.nextome.http;

import java.nio.charset.StandardCharsets;

import org.apache.camel.RuntimeCamelException;

/**
 * A Nextome API call answered with a status other than 2xx. The message names the operation, the status and
 * the start of the response body (with any secret masked); the full status and excerpt are available as fields.
 */
public class NextomeApiException extends RuntimeCamelException {

    /** The longest body excerpt kept. */
    public static final int EXCERPT_LENGTH = 512;

    private final String operation;
    private final int statusCode;
    private final String responseExcerpt;

    public NextomeApiException(String operation, int statusCode, String responseExcerpt) {
        super(operation + " failed with HTTP " + statusCode
              + (responseExcerpt.isEmpty() ? "" : ": " + responseExcerpt));
        this.operation = operation;
        this.statusCode = statusCode;
        this.responseExcerpt = responseExcerpt;
    }

    /** The operation, e.g. {@code nextome:trackables/get}. */
    public String getOperation() {
        return operation;
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** At most {@link #EXCERPT_LENGTH} characters of the response body. */
    public String getResponseExcerpt() {
        return responseExcerpt;
    }

    /** The start of a response body on one line, with each non-null secret replaced by {@code ******}. */
    public static String excerpt(byte[] body, String... secrets) {
        String text = new String(body, 0, Math.min(body.length, 65536), StandardCharsets.UTF_8);
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                text = text.replace(secret, "******");
            }
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "...";
    }
}
