package io.camelnextome.nextome;

import io.camelnextome.nextome.body.MessageBodies;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls the endpoint's operation with the message body and the options of the endpoint and the
 * {@code CamelNextome.*} headers (a body that is not JSON-ready goes through Camel's type converters first, see
 * {@link MessageBodies}); the result becomes the message body, the HTTP status the header
 * {@link NextomeConstants#HTTP_RESPONSE_CODE}.
 */
public class NextomeProducer extends DefaultProducer {

    private final NextomeEndpoint endpoint;

    public NextomeProducer(NextomeEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        NextomeResult result = endpoint.invoke(endpoint.resolveOptions(in),
                endpoint.sendsBody() ? MessageBodies.requestBody(in) : null);
        Message out = exchange.getMessage();
        out.setBody(result.body());
        out.setHeader(NextomeConstants.HTTP_RESPONSE_CODE, result.status());
    }
}
