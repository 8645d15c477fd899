package io.camelnextome.quarkus.nextome.it;

import java.time.Duration;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens that live two seconds: the routes must keep working across renewals and revocations. The application
 * authenticates on its first Nextome call, not while it starts (nor at native image build time).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@QuarkusTestResource(value = NextomeSimulatorResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = NextomeSimulatorResource.TOKEN_LIFETIME_SECONDS, value = "2"))
class NextomeAuthRefreshTest {

    @InjectSimulator
    NextomeSimulator simulator;

    @Test
    @Order(1)
    void noTokenIsRequestedBeforeTheFirstCall() {
        assertEquals(0, simulator.control().authCalls(), "authenticated while starting");
        readTrackable();
        assertEquals(1, simulator.control().tokensIssued());
    }

    @Test
    void expiringTokensAreRenewedWithoutFailingACall() {
        readTrackable();
        long firstTokens = simulator.control().tokensIssued();
        assertTrue(firstTokens >= 1, "the first call authenticated");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            readTrackable();
            assertTrue(simulator.control().tokensIssued() >= firstTokens + 2, "renewed twice");
        });
    }

    @Test
    void aRevokedTokenIsReplaced() {
        readTrackable();
        long tokens = simulator.control().tokensIssued();
        simulator.control().revokeAllTokens();

        readTrackable();
        assertEquals(tokens + 1, simulator.control().tokensIssued());
    }

    private static void readTrackable() {
        given().get("/nextome/trackables/T-003").then().statusCode(200).body("id", equalTo("T-003"));
    }
}
