package io.camelnextome.quarkus.nextome.it;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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

    @Disabled("Fails in the full reactor since the producer and consumer merges: the first call answers 500 instead of"
              + " 200; not yet understood (issue 11 stays open)")
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

        simulator.control().clearFaults();
        given().get("/nextome/trackables/T-001").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
