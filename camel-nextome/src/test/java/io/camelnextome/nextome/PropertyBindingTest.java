package io.camelnextome.nextome;

import java.util.List;

import io.camelnextome.nextome.model.MapDto;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** camel.component.nextome.* properties configure the component in Camel Main, through the generated configurer. */
class PropertyBindingTest {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Test
    void camelMainBindsComponentProperties() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.nextome.baseUrl", sim.simulator().baseUrl());
        main.addInitialProperty("camel.component.nextome.clientId", sim.simulator().clientId());
        main.addInitialProperty("camel.component.nextome.clientSecret", sim.simulator().clientSecret());
        main.addInitialProperty("camel.component.nextome.venueId", "1");
        main.addInitialProperty("camel.component.nextome.maxRetries", "5");
        main.addInitialProperty("camel.component.nextome.tokenRefreshMargin", "30s");
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            NextomeComponent component = context.getComponent("nextome", NextomeComponent.class);
            assertEquals(5, component.getConfiguration().getMaxRetries());
            assertEquals(30_000L, component.getConfiguration().getTokenRefreshMargin());
            ProducerTemplate template = context.createProducerTemplate();
            @SuppressWarnings("unchecked")
            List<MapDto> maps = template.requestBody("nextome:maps/byVenue", null, List.class);
            assertEquals(List.of(1L, 2L), maps.stream().map(MapDto::getId).toList());
        } finally {
            main.stop();
        }
    }
}
