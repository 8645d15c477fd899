package io.camelnextome.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import io.camelnextome.nextome.NextomeConstants;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * {@link RawHttpClient5}'s {@code GET /trackables/{id}} made by the least a Camel producer can be: the id from
 * {@code CamelNextome.id}, the result as the body. Reached through the same {@code ProducerTemplate} as
 * {@code nextome:trackables/get}, it pays what Camel's exchange costs any component and nothing else, so that
 * nextome against it is what the component itself adds to the transport.
 */
final class RawInCamelEndpoint extends DefaultEndpoint {

    private final RawHttpClient5 raw;
    private final ObjectReader reader;

    RawInCamelEndpoint(RawHttpClient5 raw, ObjectReader reader) {
        super("raw-in-camel:trackables/get", null);
        this.raw = raw;
        this.reader = reader;
    }

    @Override
    public Producer createProducer() {
        return new DefaultProducer(this) {
            @Override
            public void process(Exchange exchange) throws Exception {
                exchange.getMessage().setBody(raw.get("/trackables/"
                        + exchange.getMessage().getHeader(NextomeConstants.ID, String.class), reader));
            }
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("A producer only");
    }
}
