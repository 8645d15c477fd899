package io.camelnextome.nextome;

import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A YAML DSL route using the component, with the option given as a parameter of the step. */
class YamlRouteTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

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
}
