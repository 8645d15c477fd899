package io.camelnextome.quarkus.nextome.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = NextomeSimulatorResource.class, restrictToAnnotatedClass = true)
class NextomeProducerTest {

    @InjectSimulator
    NextomeSimulator simulator;

    @Test
    void seededTrackableIsRead() {
        given().get("/nextome/trackables/T-001")
                .then().statusCode(200)
                .body("id", equalTo("T-001"))
                .body("name", notNullValue());
    }

    @Test
    void trackableLifecycle() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Forklift 7\", \"venue\": 1, \"type\": \"VIRTUAL\"}")
                .post("/nextome/trackables")
                .then().statusCode(200)
                .body("name", equalTo("Forklift 7"))
                .body("type", equalTo("VIRTUAL"))
                .extract().path("id");

        given().get("/nextome/trackables/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Forklift 7"))
                .body("venue", equalTo(1));

        given().contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"name\": \"Forklift 7b\", \"venue\": 1, \"type\": \"VIRTUAL\"}")
                .put("/nextome/trackables/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Forklift 7b"));
        given().get("/nextome/trackables/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Forklift 7b"));

        given().delete("/nextome/trackables/" + id).then().statusCode(204);

        given().get("/nextome/trackables/" + id)
                .then().statusCode(404)
                .body(containsString("nextome:trackables/get"));
        assertEquals(1, simulator.control().requests("DELETE /trackables/{tid}"));
    }

    @Test
    void pushedPositionsAreReadBackInOrder() {
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long t0 = start.toEpochMilli();
        String batch = """
                [{"trackable": "T-002", "map": 1, "x": 10.0, "y": 20.0, "timestampGenerated": %d},
                 {"trackable": "T-002", "map": 1, "x": 11.0, "y": 21.0, "timestampGenerated": %d},
                 {"trackable": "T-002", "map": 1, "x": 12.0, "y": 22.0, "timestampGenerated": %d}]
                """.formatted(t0, t0 + 1000, t0 + 2000);
        given().contentType(ContentType.JSON).body(batch)
                .post("/nextome/positions")
                .then().statusCode(204);

        given().queryParam("start", t0).queryParam("end", t0 + 2000)
                .get("/nextome/positions/1")
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("x", contains(10.0f, 11.0f, 12.0f))
                .body("trackable", equalTo(List.of("T-002", "T-002", "T-002")));
    }

    /** The build sets CAMEL_COMPONENT_NEXTOME_MAXRETRIES=1 (the default is 3) for the application under test. */
    @Test
    void optionsComeFromEnvironmentVariables() {
        given().get("/nextome/trackables/T-004").then().statusCode(200);
        long before = simulator.control().requests("GET /trackables/{tid}");
        simulator.control().failures(503, 1.0);
        try {
            given().get("/nextome/trackables/T-004").then().statusCode(503);
        } finally {
            simulator.control().clearFaults();
        }
        assertEquals(before + 2, simulator.control().requests("GET /trackables/{tid}"), "one try and one retry");
    }

    @Test
    void secretsStayOutOfTheLog() {
        given().get("/nextome/trackables/T-001").then().statusCode(200);
        assertTrue(simulator.control().tokensIssued() >= 1, "the application holds an access token");
        LogFile.assertHoldsOneStart();
        // Camel logs the configured component options at startup, masking the secret ones; the component logs its
        // calls at DEBUG.
        LogFile.assertMentions("camel.component.nextome.clientSecret");
        LogFile.assertDoesNotContain(simulator.clientSecret());
        LogFile.assertNoAccessToken();
    }
}
