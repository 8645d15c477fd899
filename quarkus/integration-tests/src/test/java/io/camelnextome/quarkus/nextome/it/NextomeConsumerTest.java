package io.camelnextome.quarkus.nextome.it;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = NextomeSimulatorResource.class, restrictToAnnotatedClass = true)
class NextomeConsumerTest {

    record Delivered(String trackable, long timestamp) {
    }

    record Change(String type, String id) {
    }

    @InjectSimulator
    NextomeSimulator simulator;

    /** from("nextome:locations/positions?venueId=1") against the simulator's live position generation. */
    @Test
    void positionsStreamInOrderWithoutGapsOrRepeats() {
        given().post("/nextome/routes/position-stream/start").then().statusCode(204);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> delivered().size() >= 60);
        } finally {
            given().post("/nextome/routes/position-stream/stop").then().statusCode(204);
        }
        List<Delivered> positions = delivered();
        // the watermarks went to the file of the bean application.properties declares by class name
        assertTrue(given().get("/nextome/watermarks/size").then().statusCode(200).extract().as(Long.class) > 0,
                "no watermark in the file");

        Set<Delivered> distinct = new HashSet<>(positions);
        assertEquals(positions.size(), distinct.size(), "a position was delivered twice");
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i).timestamp() >= positions.get(i - 1).timestamp(),
                    "out of order at " + i + ": " + positions.get(i - 1) + " then " + positions.get(i));
        }

        // Every position generated from the first delivered one up to the last timestamp completed (the stop may
        // have cut the newest timestamp short) was delivered.
        long first = positions.get(0).timestamp();
        long last = positions.get(positions.size() - 1).timestamp();
        long lastComplete = positions.stream().mapToLong(Delivered::timestamp).filter(t -> t < last).max()
                .orElseThrow();
        long deliveredInWindow = positions.stream()
                .filter(p -> p.timestamp() >= first && p.timestamp() <= lastComplete).count();
        assertEquals(simulator.control().positionsGenerated(1, Instant.ofEpochMilli(first),
                Instant.ofEpochMilli(lastComplete)), deliveredInWindow, "positions generated but not delivered");
    }

    /** from("nextome:providers/list?changesOnly=true"): every provider once as created, then what changed. */
    @Test
    void providerChangesAreFed() {
        Change batteryUpdate = new Change("UPDATED", "1");
        given().post("/nextome/routes/provider-changes/start").then().statusCode(204);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> !changes().isEmpty());
            given().put("/nextome/providers/1/battery?level=42").then().statusCode(204);
            await().atMost(Duration.ofSeconds(30)).until(() -> changes().contains(batteryUpdate));
        } finally {
            given().post("/nextome/routes/provider-changes/stop").then().statusCode(204);
        }
        List<Change> all = changes();
        List<Change> created = all.subList(0, all.indexOf(batteryUpdate));
        assertTrue(created.stream().allMatch(change -> change.type().equals("CREATED")), created::toString);
        assertEquals(created.size(), new HashSet<>(created).size(), "a provider was reported created twice");
        assertEquals(List.of(batteryUpdate), all.subList(created.size(), all.size()), "changes after the update");
    }

    private static List<Change> changes() {
        return given().get("/nextome/provider-changes").then().statusCode(200).extract()
                .as(new TypeRef<List<Change>>() {
                });
    }

    private static List<Delivered> delivered() {
        return given().get("/nextome/position-stream").then().statusCode(200).extract().as(new TypeRef<List<Delivered>>() {
        });
    }
}
