package io.camelnextome.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.TrackableUsage;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuickstartApplicationTest {

    private static final Pattern ALERT =
            Pattern.compile("\\[WARN] low-battery - Low battery: provider (\\d+) \\(Tag T-\\d+\\) is at (\\d+) %");

    @TempDir
    Path inbox;
    @TempDir
    Path output;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream stdout;

    /** The application logs to System.out (simplelogger.properties): keep a copy of what it writes. */
    @BeforeEach
    void captureLog() {
        stdout = System.out;
        OutputStream tee = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                stdout.write(b);
                log.write(b);
            }

            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                stdout.write(bytes, offset, length);
                log.write(bytes, offset, length);
            }
        };
        System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(stdout);
    }

    @Test
    void registersTrackablesStreamsPositionsAndAlertsAgainstTheEmbeddedSimulator() throws Exception {
        Files.copy(Path.of("data/inbox/trackables.csv"), inbox.resolve("trackables.csv"));
        Files.writeString(inbox.resolve("again.csv"), "id,name,usage\nQS-001,Pallet jack 7,ASSET\n");
        String secret;
        try (QuickstartApplication application = new QuickstartApplication(Map.of())) {
            assertNotNull(application.simulator(), "without NEXTOME_CLIENT_ID the simulator runs");
            secret = application.simulator().clientSecret();
            Main main = application.main();
            main.addOverrideProperty("quickstart.inbox", inbox.toString());
            main.addOverrideProperty("quickstart.outputDir", output.toString());
            main.addOverrideProperty("camel.main.durationMaxSeconds", "60");   // the bounded run, should the test hang
            CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> log().contains("Registered trackable QS-004")
                                                                   && log().contains("Trackable QS-001 is already registered"));
                assertEquals(1, occurrences("Registered trackable QS-001 "), "registered once, whichever file came first");
                ProducerTemplate nextome = main.getCamelContext().createProducerTemplate();
                assertTrackable(nextome, "QS-001", "Pallet jack 7", TrackableUsage.ASSET);
                assertTrackable(nextome, "QS-002", "Cold box 12", TrackableUsage.ASSET);
                assertTrackable(nextome, "QS-003", "Visitor badge 3", TrackableUsage.PERSON);
                assertTrackable(nextome, "QS-004", "Maintenance cart 2", TrackableUsage.ASSET);

                // the embedded demo's tag 20 starts below the alert level of 25 %
                await().atMost(Duration.ofSeconds(20)).until(() -> alertLevel("20") != null);
                assertTrue(alertLevel("20") < 25, log());

                await().atMost(Duration.ofSeconds(20)).until(() -> positionLines().size() >= 60);
                await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(output.resolve("venue.geojson"))
                                                                   && Files.exists(output.resolve("tracks.geojson")));
            } finally {
                main.completed();
            }
            run.get(20, TimeUnit.SECONDS);
        }

        List<String> lines = positionLines();
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (String line : lines) {
            LocationDto position = json.readValue(line, LocationDto.class);
            assertNotNull(position.getTrackable(), line);
            assertEquals(1L, position.getProvider().getVenue(), line);
            long timestamp = position.getTimestampGenerated();
            assertTrue(timestamp >= previous, "positions are appended in time order: " + line);
            assertTrue(seen.add(position.getTrackable() + "@" + timestamp), "each position once: " + line);
            previous = timestamp;
        }
        assertFalse(log().contains(secret), "the client secret is never logged");
        assertGeoJson();
    }

    /** The venue's 8 rooms and 3 fences as polygons, and a track per demo tag, all in the venue's corner of Bari. */
    private void assertGeoJson() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode venue = json.readTree(output.resolve("venue.geojson").toFile());
        assertEquals("FeatureCollection", venue.get("type").asText());
        assertEquals(11, venue.get("features").size());
        for (JsonNode feature : venue.get("features")) {
            assertEquals("Polygon", feature.at("/geometry/type").asText(), feature.toString());
            assertInBari(feature.at("/geometry/coordinates/0/0"));
        }
        JsonNode tracks = json.readTree(output.resolve("tracks.geojson").toFile());
        Set<String> trackables = new HashSet<>();
        for (JsonNode feature : tracks.get("features")) {
            assertEquals("LineString", feature.at("/geometry/type").asText(), feature.get("properties").toString());
            assertInBari(feature.at("/geometry/coordinates/0"));
            trackables.add(feature.at("/properties/trackable").asText());
        }
        assertEquals(20, trackables.size(), trackables.toString());
    }

    private static void assertInBari(JsonNode lonLat) {
        assertTrue(lonLat.get(0).asDouble() > 16.84 && lonLat.get(0).asDouble() < 16.85
                   && lonLat.get(1).asDouble() > 41.10 && lonLat.get(1).asDouble() < 41.11, lonLat.toString());
    }

    @Test
    void usesNextomeWhenTheClientIdIsSet() {
        try (QuickstartApplication application = new QuickstartApplication(Map.of(
                QuickstartApplication.CLIENT_ID, "my-client", QuickstartApplication.CLIENT_SECRET, "my-secret",
                QuickstartApplication.BASE_URL, "https://nextome.example.com"))) {
            assertNull(application.simulator());
            Properties properties = application.main().getOverrideProperties();
            assertEquals("https://nextome.example.com", properties.getProperty("camel.component.nextome.baseUrl"));
            assertEquals("my-client", properties.getProperty("camel.component.nextome.clientId"));
            assertEquals("my-secret", properties.getProperty("camel.component.nextome.clientSecret"));
        }
    }

    @Test
    void aClientIdWithoutSecretIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuickstartApplication(Map.of(QuickstartApplication.CLIENT_ID, "my-client")));
        assertEquals("NEXTOME_CLIENT_ID is set, so NEXTOME_CLIENT_SECRET must be set too", e.getMessage());
    }

    private static void assertTrackable(ProducerTemplate nextome, String id, String name, TrackableUsage usage) {
        TrackableDto trackable = nextome.requestBody("nextome:trackables/get?id=" + id, null, TrackableDto.class);
        assertEquals(name, trackable.getName(), id);
        assertEquals(usage, trackable.getUsage(), id);
        assertEquals(1L, trackable.getVenue(), id);
    }

    private int occurrences(String text) {
        return log().split(Pattern.quote(text), -1).length - 1;
    }

    /** The level of the first alert logged for the provider, or null when there is none yet. */
    private Integer alertLevel(String providerId) {
        Matcher alert = ALERT.matcher(log());
        while (alert.find()) {
            if (alert.group(1).equals(providerId)) {
                return Integer.valueOf(alert.group(2));
            }
        }
        return null;
    }

    /** The complete lines of the positions file(s) written so far. */
    private List<String> positionLines() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("positions-.*\\.jsonl")).toList()) {
                text.append(Files.readString(file));
            }
            int end = text.lastIndexOf("\n");
            return end < 0 ? List.of() : text.substring(0, end).lines().toList();
        }
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
