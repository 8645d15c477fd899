package io.camelnextome.quarkus.nextome.it;

import java.time.Duration;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The {@code nextome} readiness check in Quarkus health ({@code /q/health/ready}, camel-quarkus-microprofile-health):
 * DOWN while the credentials are refused, with the client id but never the secret, UP after the next success.
 */
@QuarkusTest
@QuarkusTestResource(value = NextomeSimulatorResource.class, restrictToAnnotatedClass = true)
class NextomeHealthTest {

    @InjectSimulator
    NextomeSimulator simulator;

    @AfterEach
    void clearFaults() {
        simulator.control().clearFaults();
    }

    @Test
    void readinessFollowsTheCredentials() {
        given().get("/nextome/trackables/T-001").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("nextome"));

        // the API and the auth endpoint refuse everything: the next call re-authenticates, and that fails
        simulator.control().revokeAllTokens().failures(401, 1.0);
        given().get("/nextome/trackables/T-001").then().statusCode(not(200));
        given().get("/q/health/ready").then().statusCode(503)
                .body(containsString("nextome"), containsString(simulator.clientId()),
                        not(containsString(simulator.clientSecret())));

        // a failed handshake is remembered for a backoff (1 s after a first failure, docs/component.md): calls in
        // that time fail at once, and the next success comes after it
        simulator.control().clearFaults();
        given().get("/q/health/ready").then().statusCode(503);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> given().get("/nextome/trackables/T-001").then().statusCode(200));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
