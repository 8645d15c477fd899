package io.camelnextome.benchmarks;

import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.DefaultEndpoint;

/**
 * The least a Camel consumer can do with a record: an exchange with the record as its body, routed, released, as the
 * nextome consumer routes each position but without its headers, watermark, window or retries. Fed by the raw paging
 * loop, it measures what Camel's exchange per record costs any consumer.
 */
final class RawLoopEndpoint extends DefaultEndpoint {

    private volatile RecordConsumer consumer;

    RawLoopEndpoint() {
        super("raw-loop:positions", null);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        consumer = new RecordConsumer(this, processor);
        return consumer;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("A consumer only");
    }

    /** Routes {@code body} in an exchange of its own; false when the route failed it. */
    boolean deliver(Object body) {
        return consumer.deliver(body);
    }

    private static final class RecordConsumer extends DefaultConsumer {

        RecordConsumer(RawLoopEndpoint endpoint, Processor processor) {
            super(endpoint, processor);
        }

        boolean deliver(Object body) {
            Exchange exchange = createExchange(false);
            try {
                exchange.getIn().setBody(body);
                getProcessor().process(exchange);
                return exchange.getException() == null;
            } catch (Exception e) {
                return false;
            } finally {
                releaseExchange(exchange, false);
            }
        }
    }
}
