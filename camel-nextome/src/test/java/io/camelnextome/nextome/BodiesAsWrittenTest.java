package io.camelnextome.nextome;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.nextome.model.GcpsDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.LocationProviderType;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.VenueCategoryDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.dataformat.csv.CsvDataFormat;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request bodies reach the API as the user wrote them, built the way real routes build them (a JSON file through
 * {@code unmarshal().json()}, camel-csv rows, SQL rows, JSON strings, files), fields the DTOs do not know included.
 * Each test reads what the simulator received on the wire.
 */
class BodiesAsWrittenTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @TempDir
    Path dir;

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    /** The bodies the simulator received for one operation ("POST /locations/list"), parsed. */
    private List<JsonNode> received(String key) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (String body : sim.simulator().control().requestBodies(key)) {
            bodies.add(NextomeJson.MAPPER.readTree(body));
        }
        return bodies;
    }

    private static JsonNode json(String text) throws Exception {
        return NextomeJson.MAPPER.readTree(text);
    }

    @Test
    void aJsonFileUnmarshalledToListsOfMapsIsSentWithEveryField() throws Exception {
        String positions = """
                [ {"trackable": "T-001", "map": 1, "x": 10.5, "y": 20.25, "timestampGenerated": 1700000000000,
                   "floorLabel": "L1", "gatewaySerial": "GW-7"},
                  {"trackable": "T-002", "map": 1, "x": 11.0, "y": 21.0, "timestampGenerated": 1700000001000,
                   "floorLabel": "L1", "quality": {"rssi": -61, "anchors": 4}} ]
                """;
        Files.writeString(dir.resolve("positions.json"), positions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir + "?include=positions.json&noop=true&initialDelay=0")
                        .unmarshal().json()
                        .to("nextome:locations/createBatch")
                        .to("mock:done");
            }
        });
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        done.assertIsSatisfied();

        assertEquals(List.of(json(positions)), received("POST /locations/list"));
    }

    @Test
    void gcpsFromListsOfMapsKeepTheirFields() throws Exception {
        List<Map<String, Object>> gcps = List.of(
                Map.of("x", 0.0, "y", 0.0, "lat", 45.0, "lon", 9.0, "surveyedBy", "rtk"),
                Map.of("x", 100.0, "y", 50.0, "lat", 45.001, "lon", 9.002, "surveyedBy", "rtk"));
        GcpsDto result = (GcpsDto) call("nextome:maps/addGcps?id=1", gcps);

        assertEquals(2, result.getGcps().size());
        assertEquals(List.of(NextomeJson.MAPPER.valueToTree(gcps)), received("POST /maps/{mid}/gcps"));
    }

    @Test
    void csvRowsAreSentWithTheirExtraColumns() throws Exception {
        Files.writeString(dir.resolve("trackables.csv"), """
                id,name,usage,department
                CSV-1,Forklift 1,ASSET,logistics
                CSV-2,Nurse Kim,PERSON,ward 3
                """);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                CsvDataFormat csv = new CsvDataFormat();
                csv.setUseMaps(true);
                from("file:" + dir + "?include=trackables.csv&noop=true&initialDelay=0")
                        .unmarshal(csv)
                        .split(body())
                        .to("nextome:trackables/create")
                        .to("mock:created");
            }
        });
        MockEndpoint created = getMockEndpoint("mock:created");
        created.expectedMessageCount(2);
        created.assertIsSatisfied();

        assertEquals(List.of(
                json("{\"id\":\"CSV-1\",\"name\":\"Forklift 1\",\"usage\":\"ASSET\",\"department\":\"logistics\"}"),
                json("{\"id\":\"CSV-2\",\"name\":\"Nurse Kim\",\"usage\":\"PERSON\",\"department\":\"ward 3\"}")),
                received("POST /trackables"));
        TrackableDto stored = (TrackableDto) call("nextome:trackables/get?id=CSV-2", null);
        assertEquals("Nurse Kim", stored.getName());
    }

    @Test
    void sqlRowsAreSentAsTheQueryReturnedThem() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:bodies;DB_CLOSE_DELAY=-1");
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE readings ("trackable" VARCHAR(20), "map" BIGINT, "x" DOUBLE PRECISION,
                      "y" DOUBLE PRECISION, "timestampGenerated" BIGINT, "zone" VARCHAR(20))""");
            sql.execute("INSERT INTO readings VALUES ('T-001', 1, 1.5, 2.5, 1700000000000, 'dock'),"
                        + " ('T-003', 1, 3.5, 4.5, 1700000002000, 'yard')");
        }
        context.getRegistry().bind("readingsDb", db);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sync")
                        .setBody(constant("SELECT * FROM readings ORDER BY \"timestampGenerated\""))
                        .to("jdbc:readingsDb")
                        .to("nextome:locations/createBatch");
            }
        });
        template.sendBody("direct:sync", null);

        assertEquals(List.of(json("""
                [ {"trackable": "T-001", "map": 1, "x": 1.5, "y": 2.5, "timestampGenerated": 1700000000000, "zone": "dock"},
                  {"trackable": "T-003", "map": 1, "x": 3.5, "y": 4.5, "timestampGenerated": 1700000002000, "zone": "yard"} ]
                """)), received("POST /locations/list"));
    }

    @Test
    void aJsonStringGoesOutByteForByte() throws Exception {
        String category = "{\"name\":\"Wards\",\"icon\":\"bed\",\"color\":\"#00ff00\",\"sortOrder\":3}";
        VenueCategoryDto created = (VenueCategoryDto) call("nextome:venue-categories/create", category);

        assertEquals("Wards", created.getName());
        assertEquals(List.of(category), sim.simulator().control().requestBodies("POST /venuecategories"));
    }

    /** nextome:raw sends any CharSequence as its text, as typed operations do: a StringBuilder went out as a JSON string. */
    @Test
    void aRawCharSequenceBodyGoesOutByteForByte() {
        String trackable = "{\"id\":\"T-900\",\"name\":\"Built\",\"venue\":1}";
        template.requestBody("nextome:raw?httpMethod=POST&path=/trackables", new StringBuilder(trackable));

        assertEquals(List.of(trackable), sim.simulator().control().requestBodies("POST /trackables"));
        assertEquals(1, sim.simulator().control().responses("POST /trackables").get(201));
    }

    @Test
    void aListMixingDtosAndMapsIsSent() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("trackable", "T-002");
        map.put("map", 1);
        map.put("x", 5.0);
        map.put("y", 6.0);
        map.put("source", "handheld");
        call("nextome:locations/createBatch", List.of(SampleCalls.location(1_700_000_000_000L), map));

        JsonNode sent = received("POST /locations/list").get(0);
        assertEquals(2, sent.size());
        assertEquals("T-001", sent.get(0).get("trackable").asText());
        assertEquals(NextomeJson.MAPPER.valueToTree(map), sent.get(1));
    }

    @Test
    void aDtoIsWrittenAsItIs() throws Exception {
        TrackableDto trackable = new TrackableDto();
        trackable.setId("DTO-1");
        trackable.setName("From a DTO");
        call("nextome:trackables/create", trackable);

        assertEquals(List.of(NextomeJson.MAPPER.valueToTree(trackable)), received("POST /trackables"));
    }

    @Test
    void aFileIsSentThroughCamelsTypeConverters() throws Exception {
        String category = "{\"name\":\"From a file\",\"icon\":\"folder\",\"owner\":\"facilities\"}";
        assertEquals("From a file", categoryCreatedFromFile("category.json", category).getName());
        assertEquals(List.of(category), sim.simulator().control().requestBodies("POST /venuecategories"));
    }

    /** A JSON file saved with a UTF-8 byte order mark (Notepad, Excel exports) is sent without it. */
    @Test
    void aFileStartingWithAByteOrderMarkIsSentWithoutIt() throws Exception {
        String category = "{\"name\":\"Saved on Windows\",\"icon\":\"bom\"}";
        assertEquals("Saved on Windows", categoryCreatedFromFile("bom.json", "\uFEFF" + category).getName());
        assertEquals(List.of(category), sim.simulator().control().requestBodies("POST /venuecategories"));
    }

    /** Writes {@code content} to a file that a file route sends to venue-categories/create; the created category. */
    private VenueCategoryDto categoryCreatedFromFile(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir + "?include=" + name + "&noop=true&initialDelay=0")
                        .to("nextome:venue-categories/create")
                        .to("mock:created");
            }
        });
        MockEndpoint created = getMockEndpoint("mock:created");
        created.expectedMessageCount(1);
        created.assertIsSatisfied();
        return created.getExchanges().get(0).getMessage().getBody(VenueCategoryDto.class);
    }

    /** A class of the user's own: written by Jackson, with all its properties. */
    public record Reading(String trackable, long map, double x, double y, String zone) {
    }

    @Test
    void anObjectOfTheUsersOwnIsWrittenByJackson() throws Exception {
        call("nextome:locations/create", new Reading("T-001", 1, 7.0, 8.0, "dock"));

        assertEquals(List.of(json("{\"trackable\":\"T-001\",\"map\":1,\"x\":7.0,\"y\":8.0,\"zone\":\"dock\"}")),
                received("POST /locations"));
    }

    @Test
    void aBodyOfTheWrongShapeFailsNamingTheOperationAndTheShapeBeforeAnyRequest() {
        String batch = bodyFailure("nextome:locations/createBatch", Map.of("trackable", "T-001", "map", 1));
        assertTrue(batch.contains("nextome:locations/createBatch") && batch.contains("JSON array of LocationDto")
                   && batch.contains("got a JSON object"), batch);

        String one = bodyFailure("nextome:trackables/create", "[{\"name\":\"in an array\"}]");
        assertTrue(one.contains("nextome:trackables/create") && one.contains("JSON object TrackableDto")
                   && one.contains("got a JSON array"), one);

        String elements = bodyFailure("nextome:maps/addGcps?id=1", List.of("not", "objects"));
        assertTrue(elements.contains("element 0 is a JSON string"), elements);

        String number = bodyFailure("nextome:venues/create", 42);
        assertTrue(number.contains("got a Integer"), number);

        String broken = bodyFailure("nextome:venues/create", "{\"name\": \"unterminated".getBytes(StandardCharsets.UTF_8));
        assertTrue(broken.contains("not valid JSON"), broken);

        String twoValues = bodyFailure("nextome:venues/create", "{\"name\":\"a\"} {\"name\":\"b\"}");
        assertTrue(twoValues.contains("more than one JSON value"), twoValues);

        assertEquals(0, sim.simulator().control().totalRequests());
    }

    /**
     * A DTO of another operation is refused before any request (the simulator created a nameless trackable from a
     * LocationDto); one that has every property of the operation's DTO is sent.
     */
    @Test
    void aDtoOfAnotherOperationIsRefusedBeforeAnyRequest() {
        String one = bodyFailure("nextome:trackables/create", SampleCalls.location(1_700_000_000_000L));
        assertTrue(one.contains("nextome:trackables/create") && one.contains("JSON object TrackableDto")
                   && one.contains("got a LocationDto"), one);

        String list = bodyFailure("nextome:maps/addGcps?id=1", List.of(SampleCalls.location(1_700_000_000_000L)));
        assertTrue(list.contains("element 0 is a LocationDto"), list);
        assertEquals(0, sim.simulator().control().totalRequests());

        LocationProviderDto provider = new LocationProviderDto();
        provider.setId(1L);
        provider.setType(LocationProviderType.IBEACON);
        provider.setName("a whole provider");
        template.requestBodyAndHeader("nextome:trackables/updateProvider", provider, NextomeConstants.ID, "T-001");
        assertEquals(1, sim.simulator().control().totalRequests());
    }

    private String bodyFailure(String uri, Object body) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> call(uri, body));
        return assertInstanceOf(IllegalArgumentException.class, e.getCause()).getMessage();
    }
}
