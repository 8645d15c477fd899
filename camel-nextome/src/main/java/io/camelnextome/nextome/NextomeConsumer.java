package io.camelnextome.nextome;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.camelnextome.nextome.consumer.Poller;
import io.camelnextome.nextome.consumer.RecordSink;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.NextomeObserver;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.EventNotifier;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling consumer of a Nextome GET operation. What a poll reads and delivers is up to its {@link Poller}
 * (the plain result, an incremental stream, or a change feed); this class routes each record as one exchange,
 * synchronously, so that a poller knows which records were delivered before it moves on.
 */
public class NextomeConsumer extends ScheduledPollConsumer implements RecordSink, ShutdownAware {

    private static final Logger LOG = LoggerFactory.getLogger(NextomeConsumer.class);
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final NextomeEndpoint endpoint;
    private Poller poller;
    /** Told of each poll and delivered record, under {@link #monitorKey}. */
    private NextomeObserver observer = NextomeObserver.NONE;
    private String monitorKey;
    /** Set when Camel begins to stop or suspend the route, so a long poll ends after the exchange in flight. */
    private volatile boolean shutdownRequested;
    /** Held while a poll runs, so that stopping waits for the poll to save its progress. */
    private final ReentrantLock polling = new ReentrantLock();
    /**
     * Ends the poll as soon as the CamelContext begins to stop. A consumer wrapped by {@code master:} is only
     * stopped after the leadership was released, too late for the standby to read the final watermark.
     */
    private final EventNotifier contextStopping = new SimpleEventNotifierSupport() {
        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.CamelContextStoppingEvent;
        }

        @Override
        public void notify(CamelEvent event) throws Exception {
            awaitPollEnd();
        }
    };

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
        monitorKey = getRouteId() != null ? getRouteId() : endpoint.getEndpointKey();
        NextomeMonitor monitor = NextomeObservability.monitor(getEndpoint().getCamelContext());
        monitor.consumerStarted(monitorKey, endpoint.getOperationName(), poller.watermarks(),
                () -> isRunAllowed() && !isSuspendingOrSuspended());
        observer = monitor;
        shutdownRequested = false;
        getEndpoint().getCamelContext().getManagementStrategy().addEventNotifier(contextStopping);
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        int delivered = 0;
        Exception failure = null;
        try {
            delivered = poller.poll(this);
            return delivered;
        } catch (Exception e) {
            failure = e;
            throw e;
        } finally {
            polling.unlock();
            observer.pollCompleted(monitorKey, delivered, failure);
        }
    }

    @Override
    protected void doSuspend() throws Exception {
        awaitPollEnd();
        super.doSuspend();
    }

    @Override
    protected void doStop() throws Exception {
        awaitPollEnd();
        getEndpoint().getCamelContext().getManagementStrategy().removeEventNotifier(contextStopping);
        super.doStop();
    }

    /**
     * Lets the poll in progress finish its exchange in flight and save its progress before the consumer stops, so
     * that another instance taking over (a {@code master:} route) reads the final watermark.
     */
    private void awaitPollEnd() throws InterruptedException {
        shutdownRequested = true;
        if (polling.isHeldByCurrentThread()) {
            return;
        }
        if (polling.tryLock(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            polling.unlock();
        } else {
            LOG.warn("The poll of {} did not end within {} s of stopping; its last records may be delivered again",
                    endpoint.getOperationName(), STOP_TIMEOUT_SECONDS);
        }
    }

    @Override
    public boolean deliver(Object body, java.util.function.Consumer<Message> headers) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getIn();
            message.setBody(body);
            headers.accept(message);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing exchange", exchange, exchange.getException());
                return false;
            }
            observer.recordDelivered(monitorKey);
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
