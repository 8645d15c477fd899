package io.camelnextome.nextome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The YAML example of README.md, copied literally from the file, runs and logs the low battery it finds. */
class ReadmeSnippetTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    /** The first fenced block of {@code language} after the line {@code marker} in README.md. */
    private static String readmeBlock(String marker, String language) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int after = readme.indexOf(marker);
        assertTrue(after >= 0, "README.md has no line starting with '" + marker + "'");
        int start = readme.indexOf("```" + language + "\n", after) + language.length() + 4;
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmesYamlRouteLogsTheLowBatteries() throws Exception {
        template.sendBodyAndHeader("nextome:providers/updateBattery?id=1", null,
                NextomeConstants.HEADER_PREFIX + "batteryLevel", 12);
        @SuppressWarnings("unchecked")
        List<LocationProviderDto> providers = (List<LocationProviderDto>) call("nextome:providers/list?venueId=1", null);
        Set<String> expected = providers.stream()
                .filter(provider -> provider.getBattery() != null && provider.getBattery() < 20)
                .map(provider -> "Low battery: " + provider.getName() + " at " + provider.getBattery() + "%")
                .collect(Collectors.toSet());
        List<String> logged = new CopyOnWriteArrayList<>();
        context.getCamelContextExtension().addLogListener((exchange, logger, message) -> {
            logged.add(message);
            return message;
        });

        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.fromString("readme.yaml", readmeBlock("YAML DSL", "yaml")));

        assertTrue(expected.stream().anyMatch(message -> message.endsWith(" at 12%")), expected::toString);
        await().atMost(Duration.ofSeconds(15)).until(() -> logged.size() >= expected.size());
        assertEquals(expected, Set.copyOf(logged));
    }
}
