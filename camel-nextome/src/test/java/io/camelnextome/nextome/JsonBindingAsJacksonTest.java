package io.camelnextome.nextome;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The component's JSON binding, which shares repeated string values (RepeatedStrings), reads what the simulator
 * answers exactly as a plain {@code new ObjectMapper()} reads the same body: the catalog's results and a user's
 * own {@code outputClass} with Jackson's null handling.
 */
class JsonBindingAsJacksonTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.generation(false));

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** A user's view of a venue: a property the venue lacks is read as an empty String, as Jackson documents. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VenueSummary(Long id, String name, @JsonSetter(nulls = Nulls.AS_EMPTY) String notes,
            @JsonSetter(contentNulls = Nulls.AS_EMPTY) List<String> tags) {
    }

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void aUserOutputClassIsBoundWithJacksonsNullHandling() throws Exception {
        String venue = raw("/venues/1");
        String withNullTag = venue.replaceFirst("\\{", "{\"tags\":[\"a\",null],");
        VenueSummary expected = PLAIN.readValue(withNullTag, VenueSummary.class);

        Object read = call("nextome:raw?path=/venues/1&outputClass=" + VenueSummary.class.getName(), null);
        VenueSummary withTags = NextomeJson.MAPPER.readValue(withNullTag, VenueSummary.class);

        assertEquals(new VenueSummary(1L, "Demo Venue", "", List.of("a", "")), expected);
        assertEquals(new VenueSummary(expected.id(), expected.name(), "", null), read);
        assertEquals(expected, withTags);
    }

    @Test
    void theConsumersResultsEqualAPlainObjectMappersReading() throws Exception {
        Instant now = Instant.now();
        sim.simulator().control().generateHistory(now.minusSeconds(120), now);
        String window = "start=" + now.minusSeconds(120).toEpochMilli() + "&end=" + now.toEpochMilli();

        assertFalse(assertSameAsPlain("nextome:trackables/list?venueId=1", "/trackables?venue=1").isEmpty());
        assertFalse(assertSameAsPlain("nextome:locations/positions?venueId=1&size=500&" + window,
                "/locations/positions/1?size=500&" + window).isEmpty());
        List<?> fences = (List<?>) call("nextome:fences/list?venueId=1", null);
        assertFalse(fences.isEmpty());
        // a fence may hold no trackable at this moment: its empty list is compared all the same
        for (Object fence : fences) {
            String id = ((FenceDto) fence).getId();
            assertSameAsPlain("nextome:fences/trackables?id=" + id, "/fences/" + id + "/trackables");
        }
    }

    /** The component's result of uri, asserted equal to a plain ObjectMapper's reading of path. */
    private List<?> assertSameAsPlain(String uri, String path) throws Exception {
        List<?> result = (List<?>) call(uri, null);
        JavaType type = PLAIN.getTypeFactory().constructCollectionType(List.class,
                result.isEmpty() ? Object.class : result.get(0).getClass());
        Object plain = PLAIN.readValue(raw(path), type);
        assertEquals(PLAIN.writeValueAsString(plain), PLAIN.writeValueAsString(result), uri);
        return result;
    }

    private String raw(String path) {
        return (String) template.requestBodyAndHeader("nextome:raw", null, NextomeConstants.PATH, path);
    }
}
