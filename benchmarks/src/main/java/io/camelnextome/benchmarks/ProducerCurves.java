package io.camelnextome.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.simulator.NextomeSimulator;

/**
 * Producer throughput and latency of the five {@link ProducerAnchors} against 1 to 64 callers, in one JVM against
 * one embedded simulator. The clients are warmed up in passes, in one order and then the reverse, so that the code
 * they share (HttpClient 5, Jackson, the simulator) is compiled for all of them before any turn is measured, not only
 * for the first; the passes go on until the JIT is done (see {@link #warmUp}). At each number of callers, every client
 * first runs one unmeasured turn, then a measured turn per round; each round's order is a
 * row of a balanced Latin square (Williams design), so that over the rows each client comes first as often as the
 * others and follows each of the others equally often; the rows go on from one point to the next. With as many rounds
 * as clients (the default), every client takes every place in the order once at each point; for an odd number of
 * clients a Williams design needs twice as many rows for each client to follow each other one equally often, which
 * two points in a row give. Every turn starts after a full GC: no client pays for the garbage the turn before it left
 * (a camel-http turn leaves several hundred megabytes). A client's figures at a point are those of its turns
 * together: a single turn of a few seconds swings by 10 to 20 % on a shared machine, more than the clients differ.
 * <p>
 * Settings: {@code producer.seconds} (2, per client, point and round), {@code producer.rounds} (the number of
 * clients, 5: a number that is not a multiple of it leaves the orders of a point unbalanced),
 * {@code producer.warmupSeconds} (5, per client, halved from the second pass on), {@code producer.warmupPasses} (10,
 * at most), {@code producer.pointWarmupSeconds} (1, per client and point; 0 for none), {@code producer.callers}
 * (1,2,4,8,16,32,64).
 */
final class ProducerCurves {

    private ProducerCurves() {
    }

    static void run(Report report) throws Exception {
        Duration turn = Duration.ofSeconds(Integer.getInteger("producer.seconds", 2));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("producer.warmupSeconds", 5));
        Duration pointWarmup = Duration.ofSeconds(Integer.getInteger("producer.pointWarmupSeconds", 1));
        int warmupPasses = Integer.getInteger("producer.warmupPasses", 10);
        int[] callers = java.util.Arrays.stream(System.getProperty("producer.callers", "1,2,4,8,16,32,64").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Map<String, List<Callers.Result>> results = new LinkedHashMap<>();
        // per point, nextome / raw of each round: how far the figure of one round may be from the point's
        List<double[]> roundRatios = new ArrayList<>();
        String warmedUp;
        int rounds;
        try (NextomeSimulator simulator = NextomeSimulator.builder().generation(false).build().start();
             ProducerAnchors anchors = new ProducerAnchors(simulator)) {
            List<String> names = new ArrayList<>(anchors.clients().keySet());
            // a full Latin square per point: 4 rounds for 5 clients put raw first twice at some points, never at others
            rounds = Integer.getInteger("producer.rounds", names.size());
            for (String name : names) {
                results.put(name, new ArrayList<>());
            }
            warmedUp = warmUp(anchors, names, warmup, warmupPasses);
            int row = 0;
            for (int point = 0; point < callers.length; point++) {
                Map<String, Callers.Result> atPoint = new LinkedHashMap<>();
                double[] ratios = new double[rounds];
                // one unmeasured turn per client at this number of callers, in the order of the point's first row:
                // code that only this number of callers takes is compiled, and every client's warm-up turn comes
                // the same number of turns before its first measured one
                for (int i = 0; i < names.size() && !pointWarmup.isZero(); i++) {
                    String name = names.get(balancedOrder(names.size(), row, i));
                    System.gc();
                    Callers.Result result = Callers.run(callers[point], pointWarmup, anchors.clients().get(name));
                    System.out.printf("%2d callers %-26s warm-up: %s%n", callers[point], name, result);
                    failOnErrors(name, callers[point], result);
                }
                for (int round = 0; round < rounds; round++, row++) {
                    Map<String, Callers.Result> inRound = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get(balancedOrder(names.size(), row, i));
                        // the garbage of the turn before is collected before this one, not during it
                        System.gc();
                        Callers.Result result = Callers.run(callers[point], turn, anchors.clients().get(name));
                        System.out.printf("%2d callers %-26s %s%n", callers[point], name, result);
                        failOnErrors(name, callers[point], result);
                        atPoint.merge(name, result, Callers.Result::plus);
                        inRound.put(name, result);
                    }
                    ratios[round] = inRound.get("nextome").perSecond() / inRound.get("raw-httpclient5").perSecond();
                }
                atPoint.forEach((name, result) -> results.get(name).add(result));
                roundRatios.add(ratios);
            }
        }
        write(report, callers, results, roundRatios, turn, rounds, warmedUp);
    }

    /**
     * Runs every client at 16 callers, one after the other, in passes that alternate the order: {@code warmup} each in
     * the first pass, half of it in the next ones. After the second pass, passes go on until the JIT compiled for at
     * most 2 % of a pass's time, or {@code maxPasses} ran. A time-bound warm-up alone leaves the JIT compiling into the
     * measured turns when the machine is busy (the compiler threads share its cores): the first turns of the first
     * point then run partly interpreted, and whichever client comes first loses most.
     *
     * @return how many passes ran and what the JIT compiled in the last, for the report
     */
    private static String warmUp(ProducerAnchors anchors, List<String> names, Duration warmup, int maxPasses)
            throws InterruptedException {
        for (int pass = 0; pass < maxPasses; pass++) {
            Callers.JvmCosts before = Callers.JvmCosts.now();
            long started = System.nanoTime();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(pass % 2 == 0 ? i : names.size() - 1 - i);
                Callers.Result result = Callers.run(16, pass == 0 ? warmup : warmup.dividedBy(2),
                        anchors.clients().get(name));
                System.out.printf("warm-up %-26s %s%n", name, result);
                failOnErrors(name, 16, result);
            }
            long jitMillis = Callers.JvmCosts.now().since(before).jitMillis();
            double passMillis = (System.nanoTime() - started) / 1e6;
            System.out.printf("warm-up pass %d: the JIT compiled for %,d ms in %,.0f ms%n", pass + 1, jitMillis,
                    passMillis);
            if (pass >= 1 && jitMillis <= 0.02 * passMillis || pass + 1 == maxPasses) {
                return String.format("%d passes, the JIT compiling for %,d ms of the last one's %,.0f ms%s", pass + 1,
                        jitMillis, passMillis, jitMillis <= 0.02 * passMillis ? "" : ", the most passes allowed");
            }
        }
        return "no passes";
    }

    /** Fails the report when a client erred in a turn, a warm-up turn included: failed calls warm up no path. */
    private static void failOnErrors(String name, int callers, Callers.Result result) {
        if (result.errors() > 0) {
            throw new IllegalStateException(name + " failed " + result.errors() + " calls at " + callers + " callers");
        }
    }

    /**
     * The client at {@code position} of row {@code row} of a Williams design for {@code n} clients: row 0 is
     * 0, 1, n-1, 2, n-2, ..., row r adds r to each (mod n), and for an odd n the next n rows are the first n
     * reversed. Over n rows (2n for an odd n) each client takes each position once and follows each other client
     * once (twice for an odd n).
     */
    static int balancedOrder(int n, int row, int position) {
        int index = n % 2 == 1 && row / n % 2 == 1 ? n - 1 - position : position;
        int first = index == 0 ? 0 : index % 2 == 1 ? (index + 1) / 2 : n - index / 2;
        return (first + row) % n;
    }

    private static void write(Report report, int[] callers, Map<String, List<Callers.Result>> results,
                              List<double[]> roundRatios,
                              Duration turn, int rounds, String warmedUp) throws Exception {
        report.line("## 1. Producer: `trackables/get` against 1 to 64 callers").line("");
        int clients = results.size();
        // a Williams design balances the places in the order over n rows, who follows whom over 2n rows for an odd n
        String balance = rounds % clients != 0
                ? "with " + rounds + (rounds == 1 ? " round" : " rounds") + " for " + clients + " clients, not every"
                  + " client takes every place in the order at a point"
                : clients % 2 == 0 || rounds % (2 * clients) == 0
                ? "at each point every client takes every place in the order, and follows each of the others, equally"
                  + " often"
                : "at each point every client takes every place in the order equally often, and over two points in a"
                  + " row it follows each of the others equally often";
        report.line("One JVM, one embedded simulator, the same pool of %d connections for every client; after a"
                    + " warm-up of each client at 16 callers, in passes of alternating order until the JIT is done"
                    + " compiling, and at each point one unmeasured turn per client, %d rounds of a %d s turn per client at"
                    + " each point, each round's order a row of a balanced Latin square (%s), every turn after a full"
                    + " GC; each figure is of a client's turns together.", ProducerAnchors.CONNECTIONS, rounds,
                turn.toSeconds(), balance);
        report.line("`camel-http-auth-each-call` sends two requests per call (the handshake, then the GET). The"
                    + " by-round column gives the lowest and the highest nextome / raw of one round (the two clients'"
                    + " turns of the same row): how far the machine moves the ratio from one round to the next. The CPU"
                    + " time per call counts the caller threads only (the simulator's event loops are not in it); the"
                    + " last column is the JIT's compile time during all clients' measured turns at the point, near"
                    + " zero when the warm-up did its job. This run's warm-up: %s.", warmedUp);
        report.line("`%s` is the raw client called by a bare Camel producer through the same producer template as"
                    + " `nextome`: not a client a user would pick, but the part of nextome / raw that is Camel's"
                    + " exchange (creating it, its unit of work, the template's producer cache). nextome / raw in"
                    + " Camel is what the component itself adds; it is in the table, not in the charts.",
                ProducerAnchors.RAW_IN_CAMEL);
        List<String> header = new ArrayList<>(List.of("callers"));
        results.keySet().forEach(name -> header.add(name + " req/s (p50 / p99 ms)"));
        header.add("nextome / raw");
        header.add("nextome / raw by round (lowest - highest)");
        header.add("nextome / raw in Camel");
        header.add("nextome / camel-http");
        header.add("CPU µs per call on the caller threads, nextome / raw in Camel / raw");
        header.add("JIT compiling in the measured turns (ms)");
        List<List<String>> rows = new ArrayList<>();
        List<Callers.Result> nextome = results.get("nextome");
        List<Callers.Result> rawInCamel = results.get(ProducerAnchors.RAW_IN_CAMEL);
        for (int i = 0; i < callers.length; i++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(callers[i])));
            for (List<Callers.Result> series : results.values()) {
                Callers.Result r = series.get(i);
                row.add(String.format("%,.0f (%.2f / %.2f)", r.perSecond(), r.percentileMillis(50),
                        r.percentileMillis(99)));
            }
            row.add(String.format("**%.2f**", nextome.get(i).perSecond() / results.get("raw-httpclient5").get(i).perSecond()));
            java.util.DoubleSummaryStatistics byRound = java.util.Arrays.stream(roundRatios.get(i)).summaryStatistics();
            row.add(String.format("%.2f - %.2f", byRound.getMin(), byRound.getMax()));
            row.add(String.format("%.2f", nextome.get(i).perSecond() / rawInCamel.get(i).perSecond()));
            row.add(String.format("%.2f", nextome.get(i).perSecond() / results.get("camel-http").get(i).perSecond()));
            row.add(String.format("%.1f / %.1f / %.1f", nextome.get(i).callerCpuPerCall() / 1e3,
                    rawInCamel.get(i).callerCpuPerCall() / 1e3,
                    results.get("raw-httpclient5").get(i).callerCpuPerCall() / 1e3));
            int point = i;
            row.add(String.format("%,d", results.values().stream().mapToLong(r -> r.get(point).jvm().jitMillis()).sum()));
            rows.add(row);
        }
        report.table(header, rows);
        double[] x = java.util.Arrays.stream(callers).asDoubleStream().toArray();
        report.chart("producer-throughput", "trackables/get: throughput", "callers", "requests/second", true,
                series(x, results, r -> r.perSecond()));
        report.chart("producer-p50", "trackables/get: median latency", "callers", "p50 latency (ms)", true,
                series(x, results, r -> r.percentileMillis(50)));
        report.chart("producer-p99", "trackables/get: 99th percentile latency", "callers", "p99 latency (ms)", true,
                series(x, results, r -> r.percentileMillis(99)));
    }

    private static Map<String, Charts.Series> series(double[] x, Map<String, List<Callers.Result>> results,
                                                     java.util.function.ToDoubleFunction<Callers.Result> y) {
        Map<String, Charts.Series> series = new LinkedHashMap<>();
        // raw in Camel would lie on nextome's line: it is in the table, not in the charts
        results.forEach((name, list) -> {
            if (!name.equals(ProducerAnchors.RAW_IN_CAMEL)) {
                series.put(name, new Charts.Series(x, list.stream().mapToDouble(y).toArray()));
            }
        });
        return series;
    }
}
