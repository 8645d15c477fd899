package io.camelnextome.nextome.http;

import java.io.IOException;
import java.net.SocketTimeoutException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * A call that gave up on one of the transport timeouts. HttpClient's own messages ("Read timed out", "Timeout
 * deadline: 200 MILLISECONDS, actual: ...") name neither the call nor the option that bounds the wait; this one names
 * both, with the option's value, and keeps HttpClient's exception as its cause. It is a {@link SocketTimeoutException},
 * so that an error handler written for one still matches.
 */
public class NextomeTimeoutException extends SocketTimeoutException {

    private final String option;
    private final long timeoutMillis;

    private NextomeTimeoutException(String message, String option, long timeoutMillis, IOException cause) {
        super(message);
        initCause(cause);
        this.option = option;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * {@code failure} as a timeout of {@code call} naming its option, or {@code failure} itself when it is no
     * transport timeout.
     *
     * @param call what waited, e.g. {@code nextome:venues/get GET /venues/1}
     */
    public static IOException of(String call, IOException failure, TransportSettings settings) {
        if (failure instanceof NextomeTimeoutException) {
            return failure;
        }
        if (failure instanceof ConnectionRequestTimeoutException) {
            return timeout(call, "no pooled connection was free", "connectionRequestTimeout",
                    settings.connectionRequestTimeoutMillis(), failure);
        }
        if (failure instanceof ConnectTimeoutException) {
            return timeout(call, "no connection was established", "connectTimeout", settings.connectTimeoutMillis(),
                    failure);
        }
        if (failure instanceof SocketTimeoutException) {
            return timeout(call, "the server sent no response data", "responseTimeout", settings.responseTimeoutMillis(),
                    failure);
        }
        return failure;
    }

    private static NextomeTimeoutException timeout(String call, String what, String option, long millis,
                                                   IOException cause) {
        return new NextomeTimeoutException(call + ": " + what + " within " + option + " (" + millis + " ms); raise the"
                                           + " option " + option + " to wait longer", option, millis, cause);
    }

    /** The option that bounded the wait: {@code connectTimeout}, {@code responseTimeout} or {@code connectionRequestTimeout}. */
    public String getOption() {
        return option;
    }

    public long getTimeoutMillis() {
        return timeoutMillis;
    }
}
