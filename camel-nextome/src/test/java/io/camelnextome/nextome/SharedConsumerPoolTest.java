package io.camelnextome.nextome;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumers poll on the component's shared pool of {@code consumerPoolSize} threads: all of them deliver, the
 * threads are bounded by the pool and not by the consumers, one blocked poll holds one thread only, stopping one
 * route leaves the pool to the others, and only the component's stop shuts the pool down.
 */
class SharedConsumerPoolTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final int POOL = 2;
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** Polls seen per route: maps/byVenue of the demo venue delivers its maps with pollIndex 0 first. */
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("nextome", NextomeComponent.class).setConsumerPoolSize(POOL);
        // a stop waits for the blocked exchange rather than giving up on it
        context.getShutdownStrategy().setTimeout(120);
        return context;
    }

    @AfterEach
    void releaseBlockedRoutes() {
        release.countDown();
    }

    private void poll(String routeId, int delay, boolean blocks) throws Exception {
        poll(routeId, "delay=" + delay, blocks);
    }

    private void poll(String routeId, String options, boolean blocks) throws Exception {
        polls.put(routeId, new AtomicInteger());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("nextome:maps/byVenue?venueId=1&initialDelay=0&" + options).routeId(routeId)
                        .process(exchange -> {
                            if (Integer.valueOf(0).equals(exchange.getMessage().getHeader(NextomeConstants.POLL_INDEX))) {
                                polls.get(routeId).incrementAndGet();
                                if (blocks) {
                                    release.await();
                                }
                            }
                        });
            }
        });
    }

    private List<String> routes(int count) throws Exception {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> "venue-" + i).toList();
        for (int i = 0; i < count; i++) {
            poll(ids.get(i), 20 + i, false);
        }
        return ids;
    }

    /** Awaits {@code more} further polls of each route. */
    private void awaitPolls(List<String> routeIds, int more) {
        Map<String, Integer> from = new ConcurrentHashMap<>();
        routeIds.forEach(id -> from.put(id, polls.get(id).get()));
        await().atMost(BOUND).until(() -> routeIds.stream().allMatch(id -> polls.get(id).get() >= from.get(id) + more));
    }

    /** The live threads of this context named by the component's pool. */
    private List<Thread> poolThreads() {
        String prefix = "Camel (" + context.getName() + ") thread #";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix) && t.getName().endsWith(" - " + ConsumerPool.THREAD_NAME))
                .toList();
    }

    private long threadsNamed(String part) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains(part)).count();
    }

    @Test
    void sixConsumersAllDeliverOnTwoThreads() throws Exception {
        List<String> ids = routes(6);
        awaitPolls(ids, 3);
        int threads = poolThreads().size();
        assertTrue(threads >= 1 && threads <= POOL, threads + " pool threads");
        assertEquals(0, threadsNamed("nextome://"), "no consumer has a thread of its own");
    }

    @Test
    void aBlockedPollHoldsOneThreadAndItsStopWaitsForIt() throws Exception {
        poll("slow", 19, true);
        await().atMost(BOUND).until(() -> polls.get("slow").get() == 1);
        List<String> others = routes(4);
        // the blocked poll holds one of the two threads; the four other consumers share the second one
        awaitPolls(others, 3);

        // a graceful stop waits for the exchange in flight, while the others keep polling
        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("slow");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitPolls(others, 3);
        assertFalse(stop.isDone(), "the stop of the blocked route waits for its exchange");
        release.countDown();
        stop.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertEquals(1, polls.get("slow").get());

        // the stopped consumer did not shut the shared pool down
        awaitPolls(others, 3);
        assertTrue(poolThreads().size() <= POOL);
    }

    @Test
    void onlyTheComponentsStopShutsThePool() throws Exception {
        List<String> ids = routes(3);
        awaitPolls(ids, 1);
        context.getRouteController().stopAllRoutes();
        assertFalse(poolThreads().isEmpty(), "stopped consumers leave the pool to the component");

        NextomeComponent component = context.getComponent("nextome", NextomeComponent.class);
        component.stop();
        await().atMost(BOUND).until(() -> poolThreads().isEmpty());
    }

    @Test
    void aConsumerStoppedWhileItsPollWaitsForAThreadNeverPolls() throws Exception {
        context.getComponent("nextome", NextomeComponent.class).setConsumerPoolSize(1);
        poll("slow", 19, true);
        await().atMost(BOUND).until(() -> polls.get("slow").get() == 1);
        // due at once, its poll waits behind the blocked one for the only thread
        poll("queued", 20, false);
        context.getRouteController().stopRoute("queued");
        release.countDown();
        // the thread is free again and polls the other consumer: the stopped one's poll was cancelled, not delayed
        awaitPolls(List.of("slow"), 3);
        assertEquals(0, polls.get("queued").get());
    }

    @Test
    void aGreedyConsumerKeepsAThreadOfItsOwn() throws Exception {
        context.getComponent("nextome", NextomeComponent.class).setConsumerPoolSize(1);
        // every poll of maps/byVenue returns records, so a greedy consumer polls again at once, without end
        poll("greedy", "greedy=true&delay=20", false);
        List<String> others = routes(2);
        awaitPolls(others, 3);
        awaitPolls(List.of("greedy"), 3);
        assertEquals(1, threadsNamed("nextome://maps/byVenue"), "the greedy consumer polls on a thread of its own");
    }

    @Test
    void poolSizeZeroGivesEachConsumerItsOwnThread() throws Exception {
        context.getComponent("nextome", NextomeComponent.class).setConsumerPoolSize(0);
        List<String> ids = routes(2);
        awaitPolls(ids, 1);
        assertEquals(2, threadsNamed("nextome://maps/byVenue"));
        assertTrue(poolThreads().isEmpty());
    }

    @Test
    void aNegativePoolSizeIsRefusedNamingTheOption() {
        NextomeComponent component = context.getComponent("nextome", NextomeComponent.class);
        Exception e = assertThrows(IllegalArgumentException.class, () -> component.setConsumerPoolSize(-1));
        assertTrue(e.getMessage().contains("consumerPoolSize") && e.getMessage().contains("-1"), e.getMessage());
    }
}
