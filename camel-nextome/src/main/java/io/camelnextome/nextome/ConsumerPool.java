package io.camelnextome.nextome;

import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Component;

/**
 * The scheduled thread pool a component's consumers poll on, instead of a thread each: made through Camel's
 * ExecutorServiceManager on the first consumer start (so it is named, managed and listed with the context's thread
 * pools), and shut down by the component's stop only, never by a consumer's.
 */
final class ConsumerPool {

    static final int DEFAULT_SIZE = 10;
    /** The name in the pool's thread names: {@code Camel (<context>) thread #<n> - NextomeConsumer}. */
    static final String THREAD_NAME = "NextomeConsumer";

    private final Component owner;
    private ScheduledExecutorService pool;

    ConsumerPool(Component owner) {
        this.owner = owner;
    }

    static int checkSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("consumerPoolSize must be 0 (a thread per consumer) or more, was " + size);
        }
        return size;
    }

    /** The pool, made on first use; null when size is 0. */
    synchronized ScheduledExecutorService get(int size) {
        if (size == 0) {
            return null;
        }
        if (pool == null) {
            // threads are started on demand up to size: a single consumer costs a single thread
            pool = owner.getCamelContext().getExecutorServiceManager().newScheduledThreadPool(owner, THREAD_NAME, size);
        }
        return pool;
    }

    synchronized void shutdown() {
        if (pool != null) {
            // the consumers are stopped already; a poll still running past the shutdown timeout is interrupted
            owner.getCamelContext().getExecutorServiceManager().shutdownNow(pool);
            pool = null;
        }
    }
}
