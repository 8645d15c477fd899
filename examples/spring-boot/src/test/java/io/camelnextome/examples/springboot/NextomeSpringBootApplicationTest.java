package io.camelnextome.examples.springboot;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example as its user runs it: the application with its embedded simulator (example.simulator=true, on a free
 * port), the web server on a random port, asked over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { "example.simulator=true", "example.poll-delay=200" })
@ExtendWith(OutputCaptureExtension.class)
class NextomeSpringBootApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    NextomeSimulator simulator;

    @Test
    @SuppressWarnings("rawtypes")
    void answersTheLatestPositionOfATrackable() {
        // the simulator calculates one position per trackable per second from its start (30 s: 10 s did not
        // suffice at a load average of 30, with Maven building two modules at once)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> response = http.getForEntity("/trackables/T-003/position", Map.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).containsEntry("trackable", "T-003").containsKeys("x", "y", "timestampGenerated");
        });
    }

    @Test
    @SuppressWarnings("rawtypes")
    void actuatorHealthTurnsDownWhileNextomeFailsAndUpAfterwards() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody())
                .contains("\"consumer:positions-to-log\":\"UP\"");
        simulator.control().failures(500, 1.0);
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
                assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(health.getBody().toString()).contains("consumer:positions-to-log=DOWN").contains("500");
            });
        } finally {
            simulator.control().clearFaults();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void actuatorShowsTheNextomeHealthCheckAndMeters() {
        assertThat(http.getForEntity("/trackables/T-001/position", String.class).getStatusCode().is2xxSuccessful()).isTrue();

        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"nextome\":\"UP\"");

        for (String meter : new String[] { "nextome.requests", "nextome.auth", "nextome.token.expiry", "nextome.consumer.lag",
                "nextome.consumer.records" }) {
            ResponseEntity<Map> metric = http.getForEntity("/actuator/metrics/" + meter, Map.class);
            assertThat(metric.getStatusCode()).as(meter).isEqualTo(HttpStatus.OK);
            assertThat(metric.getBody()).as(meter).containsKeys("measurements", "availableTags");
        }
        assertThat(http.getForObject("/actuator/metrics/nextome.requests?tag=operation:trackables/position", String.class))
                .contains("\"COUNT\"");
    }

    @Test
    void actuatorHealthShowsRejectedCredentialsWithoutTheSecret() {
        simulator.control().revokeAllTokens();
        simulator.control().failures(401, 1.0); // the API and the handshake refuse us
        try {
            assertThat(http.getForEntity("/trackables/T-002/position", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.BAD_GATEWAY);
            ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(health.getBody()).contains("\"nextome\":\"DOWN\"")
                    .contains("\"client.id\":\"" + simulator.clientId() + "\"").contains("\"http.status\":\"401\"")
                    .doesNotContain(simulator.clientSecret());
        } finally {
            simulator.control().clearFaults();
        }
        // the failed handshake is remembered for a backoff (1 s, doubling up to 10 s): the next call after it succeeds
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForEntity("/trackables/T-002/position", String.class).getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"nextome\":\"UP\"");
    }

    @Test
    void anUnknownTrackableIsNotFound() {
        assertThat(http.getForEntity("/trackables/NO-SUCH-TAG/position", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void positionsStreamToTheLog(CapturedOutput output) {
        NotifyBuilder logged = new NotifyBuilder(camel).fromRoute("positions-to-log").whenCompleted(5).create();
        assertThat(logged.matches(15, TimeUnit.SECONDS)).as("5 positions streamed").isTrue();
        assertThat(output.getOut()).containsPattern("Position of T-\\d{3}: \\([-0-9.]+, [-0-9.]+\\) on map \\d+ at \\d+");
    }
}
