package io.camelnextome.nextome;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.camelnextome.nextome.cluster.LeadershipHold;
import io.camelnextome.nextome.consumer.IncrementalPoller;
import io.camelnextome.nextome.consumer.Poller;
import io.camelnextome.nextome.consumer.RecordSink;
import io.camelnextome.nextome.consumer.WatermarkOwnershipLostException;
import org.apache.camel.CamelContext;
import org.apache.camel.DelegateEndpoint;
import org.apache.camel.Endpoint;
import io.camelnextome.nextome.observe.NextomeMonitor;
import io.camelnextome.nextome.observe.NextomeObserver;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.StatefulService;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.EventNotifier;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling consumer of a Nextome GET operation. What a poll reads and delivers is up to its {@link Poller}
 * (the plain result, an incremental stream, or a change feed); this class routes each record (or List of records)
 * as one exchange, synchronously, so that a poller knows which records were delivered before it moves on.
 */
public class NextomeConsumer extends ScheduledPollConsumer implements RecordSink, ShutdownAware {

    private static final Logger LOG = LoggerFactory.getLogger(NextomeConsumer.class);

    private final NextomeEndpoint endpoint;
    private Poller poller;
    /** Told of each poll and delivered record, under {@link #monitorKey}. */
    private NextomeObserver observer = NextomeObserver.NONE;
    private String monitorKey;
    /** Late records (header {@code CamelNextome.late}) delivered by the poll in progress; poll thread only. */
    private int lateDelivered;
    /** The poller's count of records later than the lateness bound, as far as the observer was told of it. */
    private long tooLateReported;
    /** Set when another instance moved the watermark: no poll until the consumer is started again. */
    private volatile boolean ownershipLost;
    /** Set when Camel begins to stop or suspend the route, so a long poll ends after the exchange in flight. */
    private volatile boolean shutdownRequested;
    /** The consumer of the route this one feeds: itself, or a wrapper such as camel-master's that stops first. */
    private volatile org.apache.camel.Consumer routeInput;
    /** The leadership of a {@code master:} route, kept until this consumer saved its watermark on stop. */
    private LeadershipHold leadership = LeadershipHold.NONE;
    /** Held while a poll runs, so that stopping waits for the poll to save its progress. */
    private final ReentrantLock polling = new ReentrantLock();
    /** The component's shared pool, for a consumer given no scheduler or executor of its own; null otherwise. */
    private Supplier<ScheduledExecutorService> sharedPool;
    /**
     * Ends the poll as soon as the CamelContext begins to stop. A consumer wrapped by {@code master:} is only
     * stopped after the leadership was released, too late for the standby to read the final watermark.
     */
    private final EventNotifier contextStopping = new SimpleEventNotifierSupport() {
        {
            // Camel offers every exchange and step event to a notifier that does not ignore them: per record
            setIgnoreExchangeEvents(true);
            setIgnoreStepEvents(true);
        }

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

    /** Polls on the pool this supplies on each start (null for a thread of its own) instead of a thread each. */
    void pollOn(Supplier<ScheduledExecutorService> pool) {
        this.sharedPool = pool;
    }

    @Override
    public NextomeEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        // the poller is made here, not in the constructor: it reads the started endpoint's options
        poller = endpoint.createPoller(() -> !running());
        // outside a route (a ConsumerTemplate, pollEnrich) the endpoint names it, without secrets
        monitorKey = getRouteId() != null ? getRouteId() : MaskedUri.of(endpoint.getEndpointKey());
        NextomeMonitor monitor = NextomeObservability.monitor(getEndpoint().getCamelContext());
        monitor.consumerStarted(monitorKey, endpoint.getOperationName(), poller.watermarks(),
                () -> isRunAllowed() && !isSuspendingOrSuspended());
        observer = monitor;
        shutdownRequested = false;
        ownershipLost = false;
        routeInput = null;
        tooLateReported = 0;
        leadership = LeadershipHold.of(findRoute());
        getEndpoint().getCamelContext().getManagementStrategy().addEventNotifier(contextStopping);
        ScheduledExecutorService pool = sharedPool == null ? null : sharedPool.get();
        if (sharedPool != null && pool != getScheduledExecutorService()) {
            // first start, or the component was restarted with a new pool: Camel makes a scheduler on this one
            setScheduledExecutorService(pool);
            setScheduler(null);
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        if (ownershipLost) {
            return 0;
        }
        polling.lock();
        int delivered = 0;
        Exception failure = null;
        lateDelivered = 0;
        try {
            delivered = poller.poll(this);
            return delivered;
        } catch (WatermarkOwnershipLostException e) {
            failure = e;
            stopPolling(e);
            return 0;
        } catch (Exception e) {
            failure = e;
            throw e;
        } finally {
            polling.unlock();
            observer.pollCompleted(monitorKey, delivered, failure);
            reportLateRecords();
            if (poller.finished()) {
                LOG.info("nextome:{} reached the end of its replay; polling stops", endpoint.getOperationName());
                getScheduler().unscheduleTask();
            }
        }
    }

    /**
     * Another instance moved the watermark (both believed they led): this one polls no more, and its route is stopped
     * and marked as failed with the exception (health check DOWN, the console and JMX show it stopped) from another
     * thread, as a stop waits for this poll to end. Starting the route again reads the other's watermark.
     */
    private void stopPolling(WatermarkOwnershipLostException lost) {
        ownershipLost = true;
        Route route = findRoute();
        LOG.warn("nextome:{} stops polling: another instance moved the watermark '{}' ({}). Its route {} is stopped;"
                 + " start it again to continue from the other's watermark", endpoint.getOperationName(),
                lost.getKey(), lost.getMessage(), route != null ? route.getId() : "(none)");
        if (route != null) {
            CamelContext context = getEndpoint().getCamelContext();
            context.getExecutorServiceManager().newThread("NextomeOwnershipLost", () -> {
                try {
                    context.getRouteController().stopRoute(route.getId(), lost);
                } catch (Exception e) {
                    LOG.warn("Cannot stop route {} after losing the watermark '{}'", route.getId(), lost.getKey(), e);
                }
            }).start();
        }
    }

    /** Tells the observer (metrics, console, JMX) of the late records this poll delivered or found too late. */
    private void reportLateRecords() {
        long tooLate = getTooLateCount();
        int beyondBound = (int) (tooLate - tooLateReported);
        tooLateReported = tooLate;
        if (lateDelivered > 0 || beyondBound > 0) {
            observer.lateRecords(monitorKey, lateDelivered, beyondBound);
        }
    }

    @Override
    protected void doResume() throws Exception {
        shutdownRequested = false;
        super.doResume();
    }

    /** Keys the lateness sweep keeps in memory (0 without one). */
    public long getLatenessKeys() {
        return poller instanceof IncrementalPoller incremental ? incremental.lateKeyCount() : 0;
    }

    /** Records found later than the lateness bound and not delivered since the consumer started (0 without one). */
    public long getTooLateCount() {
        return poller instanceof IncrementalPoller incremental ? incremental.tooLateCount() : 0;
    }

    /** API requests the lateness sweeps made since the consumer started. */
    public long getLatenessSweepRequests() {
        return poller instanceof IncrementalPoller incremental ? incremental.sweepPages() : 0;
    }

    /** Records the lateness sweeps read again since the consumer started. */
    public long getLatenessSweepRecords() {
        return poller instanceof IncrementalPoller incremental ? incremental.sweepRecords() : 0;
    }

    @Override
    protected void doSuspend() throws Exception {
        awaitPollEnd();
        super.doSuspend();
    }

    @Override
    protected void doStop() throws Exception {
        try {
            awaitPollEnd();
            getEndpoint().getCamelContext().getManagementStrategy().removeEventNotifier(contextStopping);
            super.doStop();
            if (poller == null) {
                // never started (a route with autoStartup=false): Camel stops it all the same when the context stops
                return;
            }
            polling.lock();
            try {
                poller.close();
            } finally {
                polling.unlock();
            }
        } finally {
            // only now may a standby read the watermark: the poll ended and saved it
            leadership.release();
        }
    }

    @Override
    protected void doShutdown() throws Exception {
        // the route is removed (or the context stops): the monitor, the console, JMX and the meters forget it
        if (monitorKey != null) {
            observer.consumerRemoved(monitorKey);
        }
        super.doShutdown();
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
        // as long as Camel waits for in-flight exchanges: a retry is not started once stopping, so what is left is
        // the exchange in flight and at most one HTTP call (responseTimeout)
        ShutdownStrategy shutdown = getEndpoint().getCamelContext().getShutdownStrategy();
        // Camel Quarkus dev mode's strategy has no unit (and a timeout of 0): it waits for nothing, nor do we
        TimeUnit unit = shutdown.getTimeUnit() == null ? TimeUnit.SECONDS : shutdown.getTimeUnit();
        if (polling.tryLock(shutdown.getTimeout(), unit)) {
            polling.unlock();
        } else {
            LOG.warn("The poll of {} did not end within {} {} of stopping; its last records may be delivered again",
                    endpoint.getOperationName(), shutdown.getTimeout(), unit);
        }
    }

    @Override
    public boolean deliver(Object body, int records, java.util.function.Consumer<Message> headers) {
        Exchange exchange = createExchange(false);
        boolean late = false;
        try {
            Message message = exchange.getIn();
            message.setBody(body);
            headers.accept(message);
            late = Boolean.TRUE.equals(message.getHeader(NextomeConstants.LATE));
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing exchange", exchange, exchange.getException());
                return false;
            }
            if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
                return false; // a rolled back exchange was not processed: it is delivered again, like a failed one
            }
            for (int i = 0; i < records; i++) {
                observer.recordDelivered(monitorKey);
            }
            if (late) {
                lateDelivered += records;
            }
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /**
     * Camel begins a poll while the consumer is suspending (a route stopping) and while the context is stopping
     * before it reaches the route: such a poll would only send a request that the stop waits for.
     */
    @Override
    protected boolean isPollAllowed() {
        return super.isPollAllowed() && running();
    }

    @Override
    public boolean running() {
        return !shutdownRequested && !ownershipLost && isRunAllowed() && !isSuspendingOrSuspended()
               && !routeInputStopping();
    }

    /**
     * Whether a wrapping consumer began to stop: camel-master stops its {@code master:} consumer, and releases the
     * leadership, before it stops this one, so the poll must end as early as that.
     */
    private boolean routeInputStopping() {
        org.apache.camel.Consumer input = routeInput;
        if (input == null) {
            input = findRouteInput();
            routeInput = input;
        }
        return input != this && input instanceof StatefulService service && (service.isStopping() || service.isStopped());
    }

    private org.apache.camel.Consumer findRouteInput() {
        Route route = findRoute();
        return route != null && route.getConsumer() != null ? route.getConsumer() : this;
    }

    /** The route that reads this consumer's endpoint, directly or through a wrapper such as {@code master:}. */
    private Route findRoute() {
        for (Route route : getEndpoint().getCamelContext().getRoutes()) {
            Endpoint input = route.getEndpoint();
            while (input instanceof DelegateEndpoint delegate && input != endpoint) {
                input = delegate.getEndpoint();
            }
            if (input == endpoint) {
                return route;
            }
        }
        return null;
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
