package io.camelnextome.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental consumer against a raw paging loop (HttpClient 5 and Jackson into {@code LocationDto}), over the
 * same 1,000,000 positions and page sizes, each run in a JVM of its own with the simulator in a process of its own:
 * {@link ConsumerThroughputBenchmark} in its four modes (one exchange per position, a List per page with
 * {@code splitResult=false}, the raw loop, the raw loop routing each position through a bare Camel consumer), rotating
 * which goes first. Each heap size is a curve of its own: in
 * {@code -Xmx32m} the window the consumer must hold until its pages are read is copied by every young GC, which a
 * raw loop, whose pages die young, does not pay; a larger heap shows what the component costs without that.
 * <p>
 * Settings: {@code consumer.sizes} (100,250,500,1000), {@code consumer.positions} (1000000), {@code consumer.heaps}
 * (32m,256m: the first is the one whose heap over time is drawn), {@code consumer.heapSeriesSize} (500: the page
 * size whose heap over time is drawn).
 */
final class ConsumerCurves {

    /**
     * The consumer, the consumer with splitResult=false (a List per page), the raw loop, the raw loop routing an
     * exchange per position through a bare Camel consumer.
     */
    private static final String[] MODES = { "consumer", "lists", "raw", "raw-in-camel" };
    private static final Map<String, String> LABELS = Map.of("consumer", "consumer (an exchange per position)",
            "lists", "consumer, splitResult=false (a List per page)", "raw", "raw loop (HttpClient 5 + Jackson)",
            "raw-in-camel", "raw loop, an exchange per position (bare Camel consumer)");

    /** One run's figures, from the child's RESULT line, and its heap samples (ms, bytes). */
    record Run(double positionsPerSecond, long peakHeapBytes, long allocatedPerPosition, List<long[]> heap) {
    }

    private ConsumerCurves() {
    }

    static void run(Report report) throws Exception {
        int[] sizes = java.util.Arrays.stream(System.getProperty("consumer.sizes", "100,250,500,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        long positions = Long.getLong("consumer.positions", 1_000_000);
        List<String> heaps = List.of(System.getProperty("consumer.heaps", "32m,256m").split(","));
        int seriesSize = Integer.getInteger("consumer.heapSeriesSize", 500);
        Map<String, Map<String, List<Run>>> runsByHeap = new LinkedHashMap<>();
        try (SimulatorProcess simulator = SimulatorProcess.start(90)) {
            System.out.println("consumer warm-up of the simulator: " + child(simulator.url(), "consumer", 500, 300_000,
                    "128m").positionsPerSecond() + " positions/s");
            for (String heap : heaps) {
                Map<String, List<Run>> runs = new LinkedHashMap<>();
                for (String mode : MODES) {
                    runs.put(mode, new ArrayList<>());
                }
                for (int i = 0; i < sizes.length; i++) {
                    for (int m = 0; m < MODES.length; m++) {
                        String mode = MODES[(i + m) % MODES.length];
                        Run run = child(simulator.url(), mode, sizes[i], positions, heap);
                        System.out.printf("-Xmx%s size %4d %-12s %,.0f positions/s, peak heap %.1f MiB, %,d bytes per"
                                          + " position%n", heap, sizes[i], mode, run.positionsPerSecond(),
                                run.peakHeapBytes() / 1048576.0, run.allocatedPerPosition());
                        runs.get(mode).add(run);
                    }
                }
                runsByHeap.put(heap, runs);
            }
        }
        write(report, sizes, positions, seriesSize, runsByHeap);
    }

    private static Run child(String url, String mode, int size, long positions, String heap) throws Exception {
        try (JavaProcess child = JavaProcess.start(List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                "-DbaseUrl=" + url, "-Dmode=" + mode, "-Dsize=" + size, "-Dpositions=" + positions,
                "-DheapSeries=true"), ConsumerThroughputBenchmark.class.getName())) {
            List<String> output = child.finish();
            Map<String, String> result = new LinkedHashMap<>();
            List<long[]> samples = new ArrayList<>();
            for (String line : output) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        result.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                } else if (line.startsWith("HEAP ")) {
                    String[] parts = line.split(" ");
                    samples.add(new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]) });
                }
            }
            if (!result.containsKey("positions") || Long.parseLong(result.get("positions")) != positions) {
                throw new IllegalStateException(mode + " delivered a wrong count:\n" + String.join("\n", output));
            }
            return new Run(positions / Double.parseDouble(result.get("seconds")),
                    Long.parseLong(result.get("peakHeapBytes")), Long.parseLong(result.get("allocatedPerPosition")),
                    samples);
        }
    }

    private static void write(Report report, int[] sizes, long positions, int seriesSize,
                              Map<String, Map<String, List<Run>>> runsByHeap) throws Exception {
        report.line("## 2. Incremental consumer against a raw paging loop").line("");
        report.line("%,d positions of venue 1 from the simulator in its own process; each run in a JVM of its own,"
                    + " the four rotating which goes first, at each heap size in turn. `consumer` routes one exchange"
                    + " per position; `lists` is the same consumer with `splitResult=false`, one exchange per page with"
                    + " a List body. The raw loop reads the same pages with HttpClient 5 and Jackson into `LocationDto`"
                    + " and counts them: no exchanges, no watermark, no retries. `raw-in-camel` is that loop routing each"
                    + " position in an exchange of its own through a bare Camel consumer to the same counting processor"
                    + " as the consumer's: not a client a user would pick, but what an exchange per record costs any"
                    + " Camel consumer; consumer / raw in Camel is what the component adds to it (its own HTTP calls and"
                    + " JSON reading, its headers, window, watermark and retries). The consumer holds a window of up to"
                    + " 2,500 records (or 5 pages) until all its pages are read (to deliver them in order, once); in a small heap"
                    + " every young GC copies that window again, where the raw loop's pages die young.", positions);
        double[] x = java.util.Arrays.stream(sizes).asDoubleStream().toArray();
        Map<String, Charts.Series> throughput = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<Run>>> byHeap : runsByHeap.entrySet()) {
            report.line("").line("At `-Xmx%s`:", byHeap.getKey()).line("");
            table(report, sizes, byHeap.getValue());
            byHeap.getValue().forEach((mode, list) -> throughput.put(LABELS.get(mode) + ", -Xmx" + byHeap.getKey(),
                    new Charts.Series(x, list.stream().mapToDouble(Run::positionsPerSecond).toArray())));
        }
        report.chart("consumer-throughput", "locations/positions: positions per second", "page size",
                "positions/second", true, throughput);
        String heap = runsByHeap.keySet().iterator().next();
        Map<String, List<Run>> runs = runsByHeap.get(heap);
        int index = java.util.Arrays.stream(sizes).boxed().toList().indexOf(seriesSize);
        if (index >= 0) {
            Map<String, Charts.Series> heapSeries = new LinkedHashMap<>();
            runs.forEach((mode, list) -> {
                List<long[]> samples = list.get(index).heap();
                heapSeries.put(LABELS.get(mode), new Charts.Series(samples.stream().mapToDouble(s -> s[0] / 1000.0).toArray(),
                        samples.stream().mapToDouble(s -> s[1] / 1048576.0).toArray()));
            });
            report.chart("consumer-heap", "Heap used over time, pages of " + seriesSize + ", -Xmx" + heap,
                    "seconds", "heap used (MiB)", false, heapSeries);
        }
    }

    private static void table(Report report, int[] sizes, Map<String, List<Run>> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            Run consumer = runs.get("consumer").get(i);
            Run lists = runs.get("lists").get(i);
            Run raw = runs.get("raw").get(i);
            Run rawInCamel = runs.get("raw-in-camel").get(i);
            rows.add(List.of(String.valueOf(sizes[i]), String.format("%,.0f", consumer.positionsPerSecond()),
                    String.format("%,.0f", lists.positionsPerSecond()), String.format("%,.0f", raw.positionsPerSecond()),
                    String.format("%,.0f", rawInCamel.positionsPerSecond()),
                    String.format("**%.2f**", consumer.positionsPerSecond() / raw.positionsPerSecond()),
                    String.format("**%.2f**", lists.positionsPerSecond() / raw.positionsPerSecond()),
                    String.format("%.2f", rawInCamel.positionsPerSecond() / raw.positionsPerSecond()),
                    String.format("%.2f", consumer.positionsPerSecond() / rawInCamel.positionsPerSecond()),
                    String.format("%,d / %,d / %,d / %,d", consumer.allocatedPerPosition(), lists.allocatedPerPosition(),
                            raw.allocatedPerPosition(), rawInCamel.allocatedPerPosition()),
                    String.format("%.1f / %.1f / %.1f / %.1f", consumer.peakHeapBytes() / 1048576.0,
                            lists.peakHeapBytes() / 1048576.0, raw.peakHeapBytes() / 1048576.0,
                            rawInCamel.peakHeapBytes() / 1048576.0)));
        }
        report.table(List.of("page size", "consumer positions/s", "lists positions/s", "raw loop positions/s",
                "raw in Camel positions/s", "consumer / raw", "lists / raw", "raw in Camel / raw",
                "consumer / raw in Camel", "bytes allocated per position (consumer / lists / raw / raw in Camel)",
                "peak heap MiB (consumer / lists / raw / raw in Camel)"), rows);
    }
}
