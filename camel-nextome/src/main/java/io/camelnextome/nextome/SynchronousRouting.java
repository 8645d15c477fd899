package io.camelnextome.nextome;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.engine.DefaultAsyncProcessorAwaitManager;
import org.apache.camel.spi.AsyncProcessorAwaitManager;
import org.apache.camel.support.PluginHelper;

/**
 * Routes one exchange and returns once its routing completed, as {@code getProcessor().process(exchange)} does, but
 * without the latch and callback Camel's await manager makes for every exchange (about 80 bytes and a plugin look-up
 * per record). A route usually completes on the calling thread; only when it does not is a latch made and handed to
 * the await manager, which then waits exactly as it would have (the exchange listed among the blocked ones, its
 * thread interrupted when the context stops). With an await manager of another kind, each exchange goes through it.
 * One instance per consumer, used by its poll thread only, one exchange at a time.
 */
final class SynchronousRouting implements AsyncCallback {

    /** The state once the exchange completed. */
    private static final Object DONE = new Object();

    private final AsyncProcessor route;
    private final AsyncProcessorAwaitManager awaits;
    /** Null while the exchange is routed, {@link #DONE} once it completed, or the latch the poll thread waits on. */
    private final AtomicReference<Object> state = new AtomicReference<>();

    SynchronousRouting(CamelContext context, AsyncProcessor route) {
        this.route = route;
        this.awaits = PluginHelper.getAsyncProcessorAwaitManager(context);
    }

    /** Routes the exchange and waits for it to complete; a failure is left on the exchange, as Camel leaves it. */
    void process(Exchange exchange) {
        if (!(awaits instanceof DefaultAsyncProcessorAwaitManager manager)) {
            awaits.process(route, exchange);
            return;
        }
        state.set(null);
        route.process(exchange, this);
        if (state.get() == DONE) {
            return;
        }
        CountDownLatch latch = new CountDownLatch(1);
        if (state.compareAndSet(null, latch)) {
            manager.await(exchange, latch);
        }
    }

    @Override
    public void done(boolean doneSync) {
        if (state.getAndSet(DONE) instanceof CountDownLatch latch) {
            latch.countDown();
        }
    }
}
