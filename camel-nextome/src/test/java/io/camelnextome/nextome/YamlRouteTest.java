package io.camelnextome.nextome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** YAML DSL routes using the component: a producer step, and a consumer with its state repository as a bean. */
class YamlRouteTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @TempDir
    static Path dir;

    private static final String ROUTE = """
            - route:
                from:
                  uri: direct:trackable
                  steps:
                    - to:
                        uri: nextome:trackables/get
                        parameters:
                          id: T-003
            """;

    /** The file-backed watermark of docs/consumer.md, declared as a YAML bean. */
    private static String streamRoute(long start, long end) {
        return """
                - beans:
                    - name: watermarks
                      type: io.camelnextome.nextome.consumer.FileWatermarkRepository
                      properties:
                        fileName: %s
                - route:
                    from:
                      uri: nextome:locations/positions
                      parameters:
                        venueId: 1
                        start: %d
                        end: %d
                        stateRepository: "#watermarks"
                        initialDelay: 0
                        delay: 50
                      steps:
                        - to: mock:positions
                """.formatted(dir.resolve("watermarks.dat"), start, end);
    }

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void aYamlRouteCallsNextome() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("nextome.yaml", ROUTE));
        TrackableDto trackable = template.requestBody("direct:trackable", null, TrackableDto.class);
        assertEquals("T-003", trackable.getId());
        assertEquals(1, sim.simulator().control().requests("GET /trackables/{tid}"));
    }

    @Test
    void aYamlConsumerKeepsItsWatermarkInAFileStateRepositoryBean() throws Exception {
        Instant to = Instant.now().minusSeconds(60);
        Instant from = to.minusSeconds(60);
        sim.simulator().control().generateHistory(from, to);
        long generated = sim.simulator().control().positionsGenerated(1, from, to);
        MockEndpoint positions = getMockEndpoint("mock:positions");
        positions.expectedMessageCount((int) generated);

        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("stream.yaml",
                streamRoute(from.toEpochMilli(), to.toEpochMilli())));

        positions.setResultWaitTime(Duration.ofSeconds(60).toMillis());
        positions.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(dir.resolve("watermarks.dat"))
                .contains("locations/positions(venueId:1)=" + to.toEpochMilli()));
    }
}
