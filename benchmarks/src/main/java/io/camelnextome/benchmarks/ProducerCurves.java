package io.camelnextome.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.simulator.NextomeSimulator;

/**
 * Producer throughput and latency of the four {@link ProducerAnchors} against 1 to 64 callers, in one JVM against
 * one embedded simulator. Each client is warmed up once; then, at each number of callers, every client runs a
 * measured turn per round, the order rotating from point to point and reversed from one round to the next, so that
 * no client always runs first or last; a client's figures at a point are those of its turns together (a single
 * turn of a few seconds swings by 10 to 20 % on a shared machine, more than the clients differ).
 * <p>
 * Settings: {@code producer.seconds} (3, per client, point and round), {@code producer.rounds} (2),
 * {@code producer.warmupSeconds} (5, per client), {@code producer.callers} (1,2,4,8,16,32,64).
 */
final class ProducerCurves {

    private ProducerCurves() {
    }

    static void run(Report report) throws Exception {
        Duration turn = Duration.ofSeconds(Integer.getInteger("producer.seconds", 3));
        int rounds = Integer.getInteger("producer.rounds", 2);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("producer.warmupSeconds", 5));
        int[] callers = java.util.Arrays.stream(System.getProperty("producer.callers", "1,2,4,8,16,32,64").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Map<String, List<Callers.Result>> results = new LinkedHashMap<>();
        try (NextomeSimulator simulator = NextomeSimulator.builder().generation(false).build().start();
             ProducerAnchors anchors = new ProducerAnchors(simulator)) {
            List<String> names = new ArrayList<>(anchors.clients().keySet());
            for (String name : names) {
                Callers.Result result = Callers.run(16, warmup, anchors.clients().get(name));
                System.out.printf("warm-up %-26s %s%n", name, result);
                results.put(name, new ArrayList<>());
            }
            for (int point = 0; point < callers.length; point++) {
                Map<String, Callers.Result> atPoint = new LinkedHashMap<>();
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < names.size(); i++) {
                        int turnIndex = round % 2 == 0 ? i : names.size() - 1 - i;
                        String name = names.get((point + turnIndex) % names.size());
                        Callers.Result result = Callers.run(callers[point], turn, anchors.clients().get(name));
                        System.out.printf("%2d callers %-26s %s%n", callers[point], name, result);
                        if (result.errors() > 0) {
                            throw new IllegalStateException(name + " failed " + result.errors() + " calls at "
                                                            + callers[point] + " callers");
                        }
                        atPoint.merge(name, result, Callers.Result::plus);
                    }
                }
                atPoint.forEach((name, result) -> results.get(name).add(result));
            }
        }
        write(report, callers, results, turn, rounds);
    }

    private static void write(Report report, int[] callers, Map<String, List<Callers.Result>> results,
                              Duration turn, int rounds) throws Exception {
        report.line("## 1. Producer: `trackables/get` against 1 to 64 callers").line("");
        report.line("One JVM, one embedded simulator, the same pool of %d connections for every client; after a"
                    + " warm-up, %d rounds of a %d s turn per client at each point, the order of the clients rotating"
                    + " from point to point and reversed from round to round; each figure is of a client's turns"
                    + " together.", ProducerAnchors.CONNECTIONS, rounds, turn.toSeconds());
        report.line("`camel-http-auth-each-call` sends two requests per call (the handshake, then the GET).");
        List<String> header = new ArrayList<>(List.of("callers"));
        results.keySet().forEach(name -> header.add(name + " req/s (p50 / p99 ms)"));
        header.add("nextome / raw");
        header.add("nextome / camel-http");
        List<List<String>> rows = new ArrayList<>();
        List<Callers.Result> nextome = results.get("nextome");
        for (int i = 0; i < callers.length; i++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(callers[i])));
            for (List<Callers.Result> series : results.values()) {
                Callers.Result r = series.get(i);
                row.add(String.format("%,.0f (%.2f / %.2f)", r.perSecond(), r.percentileMillis(50),
                        r.percentileMillis(99)));
            }
            row.add(String.format("**%.2f**", nextome.get(i).perSecond() / results.get("raw-httpclient5").get(i).perSecond()));
            row.add(String.format("%.2f", nextome.get(i).perSecond() / results.get("camel-http").get(i).perSecond()));
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
        results.forEach((name, list) -> series.put(name, new Charts.Series(x, list.stream().mapToDouble(y).toArray())));
        return series;
    }
}
