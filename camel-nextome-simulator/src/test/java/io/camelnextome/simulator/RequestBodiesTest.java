package io.camelnextome.simulator;

import io.vertx.core.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The request bodies an operation accepted, as received: fields the store drops included, rejected ones not. */
class RequestBodiesTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @Test
    void theBodiesAnOperationAcceptedAreKeptAsReceived() {
        String first = "{\"name\":\"Wards\",\"icon\":\"bed\",\"color\":\"#00ff00\"}";
        String second = "{\"name\":\"Labs\",  \"sortOrder\": 3}";
        assertEquals(201, client.post("/venuecategories", first).status());
        assertEquals(201, client.post("/venuecategories", second).status());
        SIM.simulator().control().tooManyRequests(1, java.time.Duration.ofSeconds(1));
        assertEquals(429, client.post("/venuecategories", "{\"name\":\"Refused\"}").status());

        assertEquals(List.of(first, second), SIM.simulator().control().requestBodies("POST /venuecategories"));
        String operation = URLEncoder.encode("POST /venuecategories", StandardCharsets.UTF_8);
        assertEquals(new JsonArray().add(first).add(second),
                client.send("GET", "/_sim/requests/bodies?operation=" + operation, null, null).array());
        assertEquals(List.of(), SIM.simulator().control().requestBodies("POST /trackables"));

        SIM.simulator().control().reset();
        assertEquals(List.of(), SIM.simulator().control().requestBodies("POST /venuecategories"));
    }
}
