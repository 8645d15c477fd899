package io.camelnextome.nextome;

import java.util.function.BooleanSupplier;

import io.camelnextome.nextome.body.MessageBodies;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls the endpoint's operation with the message body and the options of the endpoint and the
 * {@code CamelNextome.*} headers (a body that is not JSON-ready goes through Camel's type converters first, see
 * {@link MessageBodies}); the result becomes the message body, the HTTP status the header
 * {@link NextomeConstants#HTTP_RESPONSE_CODE}. Once the producer stops (its route stopped, after the shutdown timeout when
 * a call was still in flight), a call in flight retries no more, a handshake included: it fails instead of going on
 * in a stopped route's thread for as long as its retries allow.
 */
public class NextomeProducer extends DefaultProducer {

    private final NextomeEndpoint endpoint;
    private volatile boolean stopped;
    /** One for the producer's life: a lambda made per call would be an allocation per call. */
    private final BooleanSupplier stopRequested = () -> stopped;

    public NextomeProducer(NextomeEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        NextomeResult result = endpoint.invoke(endpoint.resolveOptions(in),
                endpoint.sendsBody() ? MessageBodies.requestBody(in) : null, stopRequested);
        Message out = exchange.getMessage();
        out.setBody(result.body());
        out.setHeader(NextomeConstants.HTTP_RESPONSE_CODE, result.status());
    }

    @Override
    protected void doStart() throws Exception {
        stopped = false;
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        stopped = true;
        super.doStop();
    }
}
