package io.camelnextome.benchmarks;

import java.util.List;

/**
 * The simulator in a process of its own ({@code -Xmx3g}, one position per trackable per 100 ms), so that the
 * measured JVM's heap and CPU profile are the client's alone.
 */
final class SimulatorProcess implements AutoCloseable {

    private final JavaProcess process;
    private final String url;

    private SimulatorProcess(JavaProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts it with {@code historyMinutes} of history (90 minutes: 1,080,000 positions of venue 1). */
    static SimulatorProcess start(int historyMinutes) throws Exception {
        JavaProcess process = JavaProcess.start(List.of("-Xmx3g"), "io.camelnextome.simulator.SimulatorMain",
                "--intervalMillis=100", "--historyMinutes=" + historyMinutes, "--batteryDrainPositions=0");
        try {
            String line = process.awaitLine(text -> text.contains("listening on "));
            process.discardOutput();
            return new SimulatorProcess(process, line.substring(line.indexOf("listening on ") + 13).trim());
        } catch (Exception e) {
            process.close();
            throw e;
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
