package io.camelnextome.nextome.jdbc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The instances of the failover tests: each a CamelContext of its own with its own {@link JdbcWatermarkRepository}
 * on the shared database, as separate machines would have, streaming a finite range of positions.
 */
final class Instances implements AutoCloseable {

    private final List<CamelContext> started = new ArrayList<>();

    /** A positions stream of venue 1 over [from, to], in pages of 50, polled every 10 ms. */
    static String positionsUri(Instant from, Instant to) {
        return "nextome:locations/positions?venueId=1&size=50&start=" + from.toEpochMilli() + "&end="
               + to.toEpochMilli() + "&delay=10&initialDelay=0&stateRepository=#watermarks";
    }

    /** Starts an instance whose route {@code positions} reads {@code uri} (e.g. {@code master:...}) into sink. */
    CamelContext start(NextomeSimulator sim, DataSource database, String uri, Processor sink) throws Exception {
        return start(sim, database, uri, sink, null);
    }

    /** The same, electing its leader with a file lock under clusterDir as {@code name}. */
    CamelContext start(NextomeSimulator sim, DataSource database, String uri, Processor sink, String name,
                       Path clusterDir) throws Exception {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(clusterDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        return start(sim, database, uri, sink, cluster);
    }

    private CamelContext start(NextomeSimulator sim, DataSource database, String uri, Processor sink,
                               FileLockClusterService cluster) throws Exception {
        CamelContext context = new DefaultCamelContext();
        NextomeComponent nextome = new NextomeComponent();
        nextome.getConfiguration().setBaseUrl(sim.baseUrl());
        nextome.getConfiguration().setClientId(sim.clientId());
        nextome.getConfiguration().setClientSecret(sim.clientSecret());
        context.addComponent("nextome", nextome);
        if (cluster != null) {
            context.addService(cluster);
        }
        context.getRegistry().bind("watermarks", new JdbcWatermarkRepository(database, "watermarks"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("positions").process(sink);
            }
        });
        context.start();
        started.add(context);
        return context;
    }

    @Override
    public void close() {
        started.forEach(CamelContext::stop);
    }

    /** Counts each position an instance received, by identity, to find the ones received twice. */
    static final class Sink implements Processor {

        private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void process(Exchange exchange) throws Exception {
            String identity = identity(exchange);
            if (identity == null) {
                return; // the exchange that says a finite replay is complete
            }
            received.computeIfAbsent(identity, key -> new AtomicInteger()).incrementAndGet();
            count.incrementAndGet();
        }

        /** The position's trackable and time, or null for the exchange without a position. */
        static String identity(Exchange exchange) {
            LocationDto position = exchange.getMessage().getBody(LocationDto.class);
            return position == null ? null : position.getTrackable() + "@" + position.getTimestampGenerated();
        }

        int count() {
            return count.get();
        }

        /** The identities these sinks received together, each with how many times. */
        static Map<String, Integer> together(Sink... sinks) {
            Map<String, Integer> all = new ConcurrentHashMap<>();
            for (Sink sink : sinks) {
                sink.received.forEach((key, times) -> all.merge(key, times.get(), Integer::sum));
            }
            return all;
        }
    }
}
