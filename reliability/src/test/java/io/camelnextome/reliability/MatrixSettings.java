package io.camelnextome.reliability;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how hard each row of the matrix runs. {@code ./mvnw verify} runs a short matrix; {@code
 * reliability/fault-matrix.sh} runs the long one and writes its tables into docs/reliability.md.
 *
 * @param seconds    how long each fault stays in force, the producer's calls paced over it: {@code
 *                   -Dnextome.matrix.seconds}, 5 by default
 * @param calls      creates, and as many gets, per row: {@code -Dnextome.matrix.calls}, 300 by default
 * @param threads    the producer threads: 16
 * @param lateDelay  how late the late positions arrive: a third of the row, at least 4 s (twice the consumer's
 *                   settle time, which absorbs less) and at most 20 s
 * @param history    the positions generated before each row, for the consumer to catch up with under the fault:
 *                   five times the row, at most a minute
 * @param docs       where to write the tables ({@code -Dnextome.matrix.docs}), or null to only print them
 */
record MatrixSettings(int seconds, int calls, int threads, Duration lateDelay, Duration history, Path docs) {

    static MatrixSettings fromSystemProperties() {
        int seconds = Integer.getInteger("nextome.matrix.seconds", 5);
        int calls = Integer.getInteger("nextome.matrix.calls", 300);
        String docs = System.getProperty("nextome.matrix.docs");
        Duration lateDelay = Duration.ofMillis(Math.min(20_000, Math.max(4_000, seconds * 1000L / 3)));
        Duration history = Duration.ofSeconds(Math.min(60, 5L * seconds));
        return new MatrixSettings(seconds, calls, 16, lateDelay, history,
                docs == null || docs.isBlank() ? null : Path.of(docs));
    }

    /** The consumer's lateness bound, when it has the option: twice the delay of the late positions. */
    Duration lateness() {
        return lateDelay.multipliedBy(2);
    }
}
