package io.camelnextome.nextome;

import java.util.Map;

import io.camelnextome.nextome.consumer.Poller;
import io.camelnextome.nextome.consumer.RecordSink;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * The polling consumer of a Nextome GET operation. What a poll reads and delivers is up to its {@link Poller}
 * (the plain result, an incremental stream, or a change feed); this class routes each record as one exchange,
 * synchronously, so that a poller knows which records were delivered before it moves on.
 */
public class NextomeConsumer extends ScheduledPollConsumer implements RecordSink, ShutdownAware {

    private final NextomeEndpoint endpoint;
    private Poller poller;
    /** Set when Camel begins to stop or suspend the route, so a long poll ends after the exchange in flight. */
    private volatile boolean shutdownRequested;

    public NextomeConsumer(NextomeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public NextomeEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        // the poller is made here, not in the constructor: it reads the started endpoint's options
        poller = endpoint.createPoller();
        shutdownRequested = false;
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        return poller.poll(this);
    }

    @Override
    public boolean deliver(Object body, Map<String, Object> headers) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getIn();
            message.setBody(body);
            message.setHeaders(headers);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing exchange", exchange, exchange.getException());
                return false;
            }
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    @Override
    public boolean running() {
        return !shutdownRequested && isRunAllowed() && !isSuspendingOrSuspended();
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        shutdownRequested = true;
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    @Override
    public int getPendingExchangesSize() {
        return 0;
    }
}
