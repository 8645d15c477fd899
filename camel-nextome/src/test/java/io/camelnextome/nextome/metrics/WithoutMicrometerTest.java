package io.camelnextome.nextome.metrics;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Micrometer is optional: a JVM without it on the classpath calls Nextome as usual, and a JVM with it but without
 * a MeterRegistry bean loads only the MeterRegistry type it looks for, never the binder. Each case runs
 * {@link CallOnceMain} in a JVM of its own.
 */
class WithoutMicrometerTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    @Test
    void withoutMicrometerOnTheClasspathCallsWork() throws Exception {
        String classpath = Arrays.stream(testClasspath().split(File.pathSeparator))
                .filter(entry -> !entry.contains("micrometer")).collect(Collectors.joining(File.pathSeparator));
        String output = run(classpath, false);
        assertTrue(output.contains("called: VenueDto"), output);
    }

    @Test
    void withMicrometerButWithoutAMeterRegistryNoMicrometerClassIsLoaded() throws Exception {
        assertTrue(testClasspath().contains("micrometer-core"), "the test classpath has Micrometer");
        String output = run(testClasspath(), true);
        assertTrue(output.contains("called: VenueDto"), output);
        assertTrue(output.contains("io.camelnextome.nextome.metrics.NextomeMetrics"), "the guard ran");
        List<String> micrometer = output.lines().filter(line -> line.contains(" io.micrometer.")).toList();
        assertTrue(micrometer.stream().allMatch(line -> line.contains("io.micrometer.core.instrument.MeterRegistry ")),
                "only the type looked for in the registry: " + micrometer);
        assertFalse(output.contains("NextomeMeterBinder"), "the binder was loaded");
    }

    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String run(String classpath, boolean verboseClassLoading) throws Exception {
        // a JVM that makes one call: the C1 compiler alone starts it sooner and loads the same classes
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", classpath));
        if (verboseClassLoading) {
            command.add("-verbose:class");
        }
        command.addAll(List.of(CallOnceMain.class.getName(), SIM.simulator().baseUrl(), SIM.simulator().clientId(),
                SIM.simulator().clientSecret()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
