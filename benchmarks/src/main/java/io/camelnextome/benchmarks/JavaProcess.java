package io.camelnextome.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JVM of its own, on this JVM's classpath, so that its heap and threads are measured apart from the
 * orchestrating JVM (and from the simulator's).
 */
final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final BufferedReader reader;

    private JavaProcess(Process process) {
        this.process = process;
        this.reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with the JVM options (e.g. {@code -Xmx32m}, {@code -Dname=value}) and arguments. */
    static JavaProcess start(List<String> jvmOptions, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new JavaProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Reads output until a line matches, and returns it; fails when the process ends first. */
    String awaitLine(Predicate<String> match) throws IOException {
        for (String line; (line = reader.readLine()) != null;) {
            output.add(line);
            if (match.test(line)) {
                return line;
            }
        }
        throw new IOException("The process ended without the expected line; its output:\n" + String.join("\n", output));
    }

    /** Reads and drops the rest of the output on a daemon thread, so that a long-running process never blocks on it. */
    void discardOutput() {
        Thread drain = new Thread(() -> {
            try {
                while (reader.readLine() != null) {
                    // dropped
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "drain-" + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    /** Reads the output to its end, waits for the exit and fails unless it is 0. */
    List<String> finish() throws IOException, InterruptedException {
        for (String line; (line = reader.readLine()) != null;) {
            output.add(line);
        }
        if (process.waitFor() != 0) {
            throw new IOException("The process exited with " + process.exitValue() + "; its output:\n"
                                  + String.join("\n", output));
        }
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
