package io.camelnextome.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelnextome.simulator.NextomeSimulator;

/**
 * Start time and resident memory of three Camel Quarkus apps in JVM mode ({@code benchmarks/quarkus-startup}, built
 * by {@code -Pperf}), started in turns with {@code java -jar quarkus-run.jar}: a timer that logs, the same with the
 * extension and one {@code nextome:} route, and the same call written with camel-http and Jackson (the fair anchor:
 * the same transport and JSON libraries, without the component). The start time is what Quarkus logs ("started
 * in"); the RSS is read from {@code /proc} when it has logged it, then every second for 10 s, once the route has
 * called the simulator: the report gives it 5 s and 10 s later, and the peak. One sample at 5 s alone fell on the
 * compiler's arenas of the first calls in some starts and after their release in others.
 * <p>
 * Settings: {@code quarkus.runs} (5 per app), {@code quarkus.apps} (the folder holding the two apps' modules).
 */
final class QuarkusStartup {

    /** Quarkus's line, not Camel's "started in 1s468ms" that comes before it when Camel takes a second or more. */
    private static final Pattern STARTED = Pattern.compile("\\(powered by Quarkus [^)]*\\) started in ([0-9.]+)s");
    private static final String[] APPS = { "timer-log", "timer-log-http", "timer-log-nextome" };

    private QuarkusStartup() {
    }

    /** One start: seconds to start, RSS at start, 5 s and 10 s later, and the highest sample, in KiB. */
    record Start(double seconds, long rssAtStart, long rssLater, long rssLast, long rssPeak) {
    }

    static void run(Report report) throws Exception {
        Path apps = Path.of(System.getProperty("quarkus.apps", "benchmarks/quarkus-startup"));
        int runs = Integer.getInteger("quarkus.runs", 5);
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        try (NextomeSimulator simulator = NextomeSimulator.builder().generation(false).build().start()) {
            String authorization = new PlainClient(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret())
                    .authorization();
            for (String app : APPS) {
                Path jar = apps.resolve(app).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.exists(jar)) {
                    throw new IllegalStateException(jar + " is missing: build with -Pperf (see benchmarks/README.md)");
                }
                starts.put(app, new ArrayList<>());
            }
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < APPS.length; i++) {
                    String app = APPS[(run + i) % APPS.length];
                    Start start = start(app, apps.resolve(app).resolve("target/quarkus-app/quarkus-run.jar"), simulator,
                            authorization);
                    System.out.printf("%-18s started in %.3f s, RSS %,d KiB, 5 s later %,d KiB, 10 s later %,d KiB,"
                                      + " peak %,d KiB%n", app, start.seconds(), start.rssAtStart(), start.rssLater(),
                            start.rssLast(), start.rssPeak());
                    starts.get(app).add(start);
                }
            }
        }
        write(report, runs, starts);
    }

    private static Start start(String app, Path jar, NextomeSimulator simulator, String authorization) throws Exception {
        boolean calls = !app.equals(APPS[0]);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (app.endsWith("nextome")) {
            // Camel Main refuses options of a component it does not have: only the nextome app gets them
            command.addAll(List.of("-Dcamel.component.nextome.base-url=" + simulator.baseUrl(),
                    "-Dcamel.component.nextome.client-id=" + simulator.clientId(),
                    "-Dcamel.component.nextome.client-secret=" + simulator.clientSecret()));
        } else if (calls) {
            command.addAll(List.of("-Dnextome.base-url=" + simulator.baseUrl(), "-Dnextome.authorization=" + authorization));
        }
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            for (String line; (line = output.readLine()) != null;) {
                lines.add(line);
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    long atStart = rss(process.pid());
                    long before = simulator.control().requests("GET /trackables/{tid}");
                    long[] samples = new long[10];
                    long peak = atStart;
                    for (int second = 0; second < samples.length; second++) {
                        process.waitFor(1, TimeUnit.SECONDS);
                        samples[second] = rss(process.pid());
                        peak = Math.max(peak, samples[second]);
                    }
                    if (calls && simulator.control().requests("GET /trackables/{tid}") == before) {
                        // SIGTERM through the handle, which (unlike Process.destroy) leaves the output open to read
                        process.toHandle().destroy();
                        output.lines().forEach(lines::add);
                        throw new IllegalStateException("The route of " + app + " did not call the simulator within 10 s:\n"
                                                        + String.join("\n", lines));
                    }
                    return new Start(Double.parseDouble(started.group(1)), atStart, samples[4], samples[9], peak);
                }
            }
            throw new IllegalStateException(jar + " ended without logging 'started in':\n" + String.join("\n", lines));
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The resident set of a process, in KiB. */
    private static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for process " + pid);
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> figure) {
        double[] values = starts.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static void write(Report report, int runs, Map<String, List<Start>> starts) {
        report.line("## 5. Quarkus: start time and memory in JVM mode").line("");
        report.line("`java -jar quarkus-run.jar` of three apps, %d starts each in turns; medians, with the range in"
                    + " brackets: a timer that logs; the same plus `timer → http:…/trackables/T-001 → unmarshal().json()"
                    + " → log` with camel-http and camel-jackson and a token obtained beforehand (the same transport and"
                    + " JSON libraries, without the component); the same plus the extension and `timer →"
                    + " nextome:trackables/get → log`, which obtains its token itself on its first call (one request"
                    + " more). Both calling apps call the embedded simulator every second, with the same JVM options"
                    + " (none); camel-http builds its client before the app reports started, the component on its"
                    + " first call, one second after its route starts. The RSS is sampled every second for 10 s after"
                    + " start: the compiler's arenas of the first calls come and go within that time, so that one"
                    + " sample alone depends on when it falls.",
                runs);
        List<List<String>> rows = new ArrayList<>();
        starts.forEach((app, list) -> rows.add(List.of("`" + app + "`",
                String.format("%.3f s [%.3f-%.3f]", median(list, Start::seconds),
                        list.stream().mapToDouble(Start::seconds).min().orElse(0),
                        list.stream().mapToDouble(Start::seconds).max().orElse(0)),
                String.format("%.1f MiB", median(list, Start::rssAtStart) / 1024),
                String.format("%.1f MiB", median(list, Start::rssLater) / 1024),
                String.format("%.1f MiB", median(list, Start::rssLast) / 1024),
                String.format("%.1f MiB", median(list, Start::rssPeak) / 1024))));
        List<Start> nextome = starts.get(APPS[2]);
        for (String anchor : new String[] { APPS[0], APPS[1] }) {
            List<Start> other = starts.get(anchor);
            rows.add(List.of("**ratio to `" + anchor + "`**",
                    String.format("**%.2f**", median(nextome, Start::seconds) / median(other, Start::seconds)),
                    String.format("**%.2f**", median(nextome, Start::rssAtStart) / median(other, Start::rssAtStart)),
                    String.format("**%.2f**", median(nextome, Start::rssLater) / median(other, Start::rssLater)),
                    String.format("**%.2f**", median(nextome, Start::rssLast) / median(other, Start::rssLast)),
                    String.format("**%.2f**", median(nextome, Start::rssPeak) / median(other, Start::rssPeak))));
        }
        report.table(List.of("app", "started in", "RSS at start", "RSS 5 s later", "RSS 10 s later",
                "peak RSS in 10 s"), rows);
    }
}
