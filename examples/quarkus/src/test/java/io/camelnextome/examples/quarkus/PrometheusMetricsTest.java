package io.camelnextome.examples.quarkus;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The nextome meters where Prometheus scrapes them: /q/metrics, each call counted once. */
@QuarkusTest
class PrometheusMetricsTest {

    private static final Pattern POSITION_CALLS = Pattern.compile(
            "(?m)^nextome_requests_seconds_count\\{[^}]*operation=\"trackables/position\",status=\"2xx\"} ([0-9.E]+)$");

    @Test
    void requestsAndTheStreamAreScraped() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> given().get("/trackables/T-001/position").then().statusCode(200));
        double before = positionCalls();
        given().get("/trackables/T-002/position").then().statusCode(200);
        assertEquals(before + 1, positionCalls(), "one call, counted once");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("nextome_consumer_lag_seconds{camelContext="))
                .body(containsString("nextome_consumer_records_total{camelContext="))
                .body(containsString("nextome_auth_total{camelContext=")));
    }

    private static double positionCalls() {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = POSITION_CALLS.matcher(scrape);
        if (!matcher.find()) {
            throw new AssertionError("no nextome_requests_seconds_count of trackables/position in:\n" + scrape);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
