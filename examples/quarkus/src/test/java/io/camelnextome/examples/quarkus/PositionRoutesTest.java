package io.camelnextome.examples.quarkus;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** No baseUrl is configured: Dev Services run the simulator, as they do for quarkus dev. */
@QuarkusTest
class PositionRoutesTest {

    @Test
    void latestPositionOfATrackable() {
        // 30 s: 10 s did not suffice at a load average of 40, with Maven building two modules at once
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/trackables/T-001/position")
                .then().statusCode(200)
                .body("trackable", equalTo("T-001"))
                .body("x", notNullValue())
                .body("y", notNullValue()));
    }

    @Test
    void unknownTrackableIsNotFound() {
        given().get("/trackables/NO-SUCH-TRACKABLE/position")
                .then().statusCode(404)
                .body(containsString("nextome:trackables/position"));
    }
}
