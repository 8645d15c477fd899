package io.camelnextome.nextome.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retry rules for the methods the simulator cannot serve (PATCH, HEAD, OPTIONS); ErrorsAndRetriesTest proves
 * the same rules over HTTP for GET and POST.
 */
class RetryPolicyTest {

    @Test
    void everyMethodIsSentAgainWhenTheServerDidNotProcessIt() {
        for (String method : HttpMethods.ALLOWED) {
            assertTrue(RetryPolicy.retryable(method, 429), method);
            assertTrue(RetryPolicy.retryable(method, new ConnectException("refused")), method);
            assertTrue(RetryPolicy.retryable(method, new ConnectTimeoutException("connect timed out")), method);
        }
    }

    @Test
    void onlyIdempotentMethodsAreSentAgainWhenTheOutcomeIsUnknown() {
        IOException[] unknown = { new NoHttpResponseException("no response"), new SocketTimeoutException("read"),
                                  new IOException("Connection reset") };
        for (String method : new String[] { "POST", "PATCH" }) {
            for (int status : new int[] { 502, 503, 504 }) {
                assertFalse(RetryPolicy.retryable(method, status), method + " " + status);
            }
            for (IOException failure : unknown) {
                assertFalse(RetryPolicy.retryable(method, failure), method + " " + failure);
            }
        }
        for (String method : new String[] { "GET", "PUT", "DELETE", "HEAD", "OPTIONS" }) {
            assertTrue(RetryPolicy.retryable(method, 503), method);
            assertTrue(RetryPolicy.retryable(method, new NoHttpResponseException("no response")), method);
        }
        assertFalse(RetryPolicy.retryable("GET", 500));
    }

    @Test
    void theDelayIsRetryAfterOrTheBackoffAndNothingOnceTheRetriesAreUsedUp() {
        RetryPolicy policy = new RetryPolicy(3, 500, 30_000);
        assertEquals(2000, policy.delayBeforeRetry(1, "2"));
        assertEquals(500, policy.delayBeforeRetry(1, null));
        assertEquals(2000, policy.delayBeforeRetry(3, null));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayBeforeRetry(4, null));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayBeforeRetry(1, "60"), "a Retry-After beyond retryMaxDelay");
    }
}
