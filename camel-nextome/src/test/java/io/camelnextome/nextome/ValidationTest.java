package io.camelnextome.nextome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.LocationProviderType;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input fails with an error naming the option and value, before any request. */
class ValidationTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void anUnknownOperationFailsAtEndpointCreationListingTheValidOnes() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("nextome:trackables/fetch"));
        String message = e.getCause().getMessage();
        assertTrue(message.contains("trackables/fetch"), message);
        assertTrue(message.contains("trackables/get") && message.contains("locations/createBatch"), message);
    }

    @Test
    void aMissingRequiredOptionIsNamedBeforeAnyRequest() {
        IllegalArgumentException e = failure(() -> call("nextome:locations/countInRange?mapId=1&start=0", null));
        assertTrue(e.getMessage().contains("'end'"), e.getMessage());
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithTheValue() {
        IllegalArgumentException e = failure(
                () -> template.requestBodyAndHeader("nextome:trackables/list", null, NextomeConstants.VENUE_ID, "one"));
        assertTrue(e.getMessage().contains("'venueId'") && e.getMessage().contains("'one'"), e.getMessage());

        IllegalArgumentException id = failure(() -> template.requestBodyAndHeader("nextome:venues/get", null,
                NextomeConstants.ID, "T-001"));
        assertTrue(id.getMessage().contains("'id'") && id.getMessage().contains("'T-001'")
                   && id.getMessage().contains("integer"), id.getMessage());
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    @Test
    void aValueOutsideTheApisListIsNamedWithTheAllowedOnes() {
        IllegalArgumentException e = failure(() -> template.requestBodyAndHeader(
                "nextome:locations/positions?venueId=1", null, NextomeConstants.TIME_UNIT, "MINUTES"));
        assertTrue(e.getMessage().contains("'timeUnit'") && e.getMessage().contains("'MINUTES'")
                   && e.getMessage().contains("SECOND, MINUTE, HOUR"), e.getMessage());
        assertEquals(0, sim.simulator().control().totalRequests());

        template.requestBodyAndHeader("nextome:visits/snapshot?mapId=1", null, NextomeConstants.TIME_UNIT, "hour");
        assertEquals(1, sim.simulator().control().requests("GET /visit/snapshot/{mapId}"), "lower case is accepted");
    }

    @Test
    void aWrongTypeInTheUriFailsBeforeAnyRequest() {
        Exception e = assertThrows(Exception.class, () -> call("nextome:trackables/list?venueId=abc", null));
        String messages = e.getMessage() + " / " + (e.getCause() == null ? "" : e.getCause().getMessage());
        assertTrue(messages.contains("venueId") && messages.contains("abc"), messages);
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    @Test
    void aBodyThatIsNotTheOperationsJsonFailsBeforeAnyRequest() {
        IllegalArgumentException e = failure(() -> call("nextome:venues/create", "{not json"));
        assertTrue(e.getMessage().contains("venues/create") && e.getMessage().contains("VenueDto"), e.getMessage());
        IllegalArgumentException missing = failure(() -> call("nextome:venues/create", null));
        assertTrue(missing.getMessage().contains("needs a message body"), missing.getMessage());
        assertEquals(0, sim.simulator().control().totalRequests());
        assertEquals(0, sim.simulator().control().authCalls(), "the body is checked before the token is obtained");
    }

    @Test
    void bodiesConvertFromMapsJsonStringsAndStreams() {
        VenueDto fromMap = (VenueDto) call("nextome:venues/create", Map.of("name", "From map", "unknown", 1));
        assertEquals("From map", fromMap.getName());
        VenueDto fromJson = (VenueDto) call("nextome:venues/create", "{\"name\":\"From JSON\"}");
        assertEquals("From JSON", fromJson.getName());
        VenueDto fromStream = (VenueDto) call("nextome:venues/create",
                new java.io.ByteArrayInputStream("{\"name\":\"From stream\"}".getBytes()));
        assertEquals("From stream", fromStream.getName());
    }

    @Test
    void theHeaderWinsOverTheUri() {
        TrackableDto trackable = (TrackableDto) template.requestBodyAndHeader("nextome:trackables/get?id=T-001", null,
                NextomeConstants.ID, "T-002");
        assertEquals("T-002", trackable.getId());
    }

    /** A CSV column or form field left empty arrives as a blank header: it is not a value, the URI's applies. */
    @Test
    void aBlankHeaderLeavesTheUriValue() {
        TrackableDto trackable = (TrackableDto) template.requestBodyAndHeader("nextome:trackables/get?id=T-001", null,
                NextomeConstants.ID, "  ");
        assertEquals("T-001", trackable.getId());
    }

    @Test
    void pathValuesStayOneEncodedSegment() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> call("nextome:trackables/get?id=../venues/1", null));
        NextomeApiException notFound = assertInstanceOf(NextomeApiException.class, e.getCause());
        assertEquals(404, notFound.getStatusCode());
        assertEquals(1, sim.simulator().control().requests("GET /trackables/{tid}"));
        assertEquals(0, sim.simulator().control().requests("GET /venues/{vid}"));
    }

    @Test
    void rawCallsAnyPathButRefusesOtherHosts() {
        String venue = (String) template.requestBodyAndHeader("nextome:raw?httpMethod=GET", null,
                NextomeConstants.PATH, "/venues/1");
        assertTrue(venue.contains("\"Demo Venue\""), venue);
        IllegalArgumentException e = failure(() -> template.requestBodyAndHeader("nextome:raw", null,
                NextomeConstants.PATH, "http://example.org/steal"));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
        assertEquals(1, sim.simulator().control().totalRequests());
    }

    @Test
    void rawAcceptsTheHttpMethodsInAnyCaseAndRefusesAnythingElseBeforeAnyRequest() {
        String venue = (String) template.requestBodyAndHeader("nextome:raw?path=/venues/1", null,
                NextomeConstants.HTTP_METHOD, "get");
        assertTrue(venue.contains("\"Demo Venue\""), venue);

        for (String method : new String[] { "FETCH", "TRACE", "CONNECT", "GET /venues/2" }) {
            IllegalArgumentException e = failure(() -> template.requestBodyAndHeader("nextome:raw?path=/venues/1",
                    null, NextomeConstants.HTTP_METHOD, method));
            assertTrue(e.getMessage().contains("'httpMethod'") && e.getMessage().contains("'" + method + "'")
                       && e.getMessage().contains("GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"), e.getMessage());
        }
        String message = rootMessage(assertThrows(Exception.class,
                () -> call("nextome:raw?path=/venues/1&httpMethod=PURGE", null)));
        assertTrue(message.contains("'httpMethod'") && message.contains("'PURGE'"), message);
        assertEquals(1, sim.simulator().control().totalRequests());
    }

    @Test
    void anOptionTheOperationDoesNotTakeIsRefusedWhenTheEndpointIsCreated() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("nextome:trackables/get?venueId=5"));
        String message = e.getCause().getMessage();
        assertTrue(message.contains("'venueId'") && message.contains("nextome:trackables/get")
                   && message.contains("its options are id"), message);

        String snapshot = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("nextome:locations/snapshot?mapId=1&VENUEID=1&page=2")).getCause().getMessage();
        assertTrue(snapshot.contains("'page'")
                   && snapshot.contains("mapId, tolerance, timeUnit, venueId, providerType"), snapshot);

        String raw = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("nextome:raw?path=/venues/1&id=1")).getCause().getMessage();
        assertTrue(raw.contains("'id'") && raw.contains("httpMethod, path, outputClass"), raw);
        assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("nextome:venues/get?id=1&outputClass=java.lang.String"));
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    @Test
    void componentOptionsAndCommonOptionsStayValidForEveryOperation() {
        context.getComponent("nextome", NextomeComponent.class).getConfiguration().setVenueId(1L);
        TrackableDto trackable = (TrackableDto) call("nextome:trackables/get?id=T-001&maxRetries=1&connectTimeout=5s",
                null);
        assertEquals("T-001", trackable.getId());
        assertTrue(((List<?>) call("nextome:maps/byVenue", null)).size() > 0,
                "the component's venueId is the default of the operations that take it");
        assertEquals(1, sim.simulator().control().requests("GET /maps/by-venue/{vid}"));
    }

    @Test
    void aMissingCredentialIsNamed() {
        context.getComponent("nextome", NextomeComponent.class).getConfiguration().setClientSecret(null);
        String message = rootMessage(assertThrows(Exception.class, () -> call("nextome:venues/get?id=1", null)));
        assertTrue(message.contains("clientSecret") && message.contains("not set"), message);
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    @Test
    void anUnknownOutputClassIsNamedWithTheValue() {
        String message = rootMessage(assertThrows(Exception.class,
                () -> call("nextome:raw?path=/venues/1&outputClass=com.example.NoSuchDto", null)));
        assertTrue(message.contains("'outputClass'") && message.contains("'com.example.NoSuchDto'"), message);
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    /**
     * A List as an option value (a JSONPath result, a SQL column read as an array, a split left out) would be sent as
     * its toString, "[T-001, T-002]"; no Nextome operation takes a list, so it is refused, a list of one too.
     */
    @Test
    void aCollectionAsAnOptionValueIsRefusedNamingTheOptionTheCallAndTheTypeBeforeAnyRequest() {
        Map<Object, String> values = new LinkedHashMap<>();
        values.put(List.of("T-001", "T-002"), "java.util.ImmutableCollections$List12 of 2 elements");
        values.put(new ArrayList<>(List.of("T-001")), "java.util.ArrayList of 1 element");
        values.put(Set.of("T-001"), "java.util.ImmutableCollections$Set12 of 1 element");
        values.put(new String[] { "T-001" }, "java.lang.String[] of 1 element");
        values.put(Map.of("id", "T-001"), "java.util.ImmutableCollections$Map1 of 1 element");
        values.forEach((value, type) -> {
            String message = failure(() -> template.requestBodyAndHeader("nextome:trackables/get", null,
                    NextomeConstants.ID, value)).getMessage();
            assertTrue(message.startsWith("Option 'id' of nextome:trackables/get takes a single value, got a " + type),
                    () -> type + " / " + message);
        });
        String venue = failure(() -> template.requestBodyAndHeader("nextome:trackables/list", null,
                NextomeConstants.VENUE_ID, List.of(1L))).getMessage();
        assertTrue(venue.startsWith("Option 'venueId' of nextome:trackables/list takes a single value"), venue);
        String path = failure(() -> template.requestBodyAndHeader("nextome:raw", null, NextomeConstants.PATH,
                List.of("/venues/1"))).getMessage();
        assertTrue(path.startsWith("Option 'path' of nextome:raw takes a single value, got a java.util."), path);
        String method = failure(() -> template.requestBodyAndHeader("nextome:raw?path=/venues/1", null,
                NextomeConstants.HTTP_METHOD, List.of("GET"))).getMessage();
        assertTrue(method.startsWith("Option 'httpMethod' of nextome:raw takes a single value"), method);
        assertEquals(0, sim.simulator().control().totalRequests());
        assertEquals(0, sim.simulator().control().authCalls(), "the options are checked before the token is obtained");
    }

    /**
     * Containers that are no Collection went out as their toString too ("Optional[T-001]", a Stream's identity, a
     * Jackson ArrayNode's JSON): they are refused the same way.
     */
    @Test
    void anOptionalAStreamOrAnotherIterableAsAnOptionValueIsRefusedBeforeAnyRequest() {
        Map<Object, String> values = new LinkedHashMap<>();
        values.put(Optional.of("T-001"), "java.util.Optional");
        values.put(Stream.of("T-001"), "java.util.stream.ReferencePipeline$Head");
        values.put(JsonNodeFactory.instance.arrayNode().add("T-001"), "com.fasterxml.jackson.databind.node.ArrayNode");
        values.forEach((value, type) -> {
            String message = failure(() -> template.requestBodyAndHeader("nextome:trackables/get", null,
                    NextomeConstants.ID, value)).getMessage();
            assertTrue(message.startsWith("Option 'id' of nextome:trackables/get takes a single value, got a " + type),
                    () -> type + " / " + message);
        });
        String path = failure(() -> template.requestBodyAndHeader("nextome:raw", null, NextomeConstants.PATH,
                Optional.of("/venues/1"))).getMessage();
        assertTrue(path.startsWith("Option 'path' of nextome:raw takes a single value, got a java.util.Optional"), path);
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    /** Single values of every Java type a route gives still go out as the API expects them. */
    @Test
    void scalarOptionValuesOfEveryJavaTypeStillWork() {
        List<?> trackables = (List<?>) template.requestBodyAndHeader("nextome:trackables/list", null,
                NextomeConstants.VENUE_ID, "1");
        for (Object venueId : List.of(1, 1L, (short) 1, new BigDecimal("1"))) {
            assertEquals(trackables, template.requestBodyAndHeader("nextome:trackables/list", null,
                    NextomeConstants.VENUE_ID, venueId), () -> "venueId " + venueId.getClass());
        }
        assertEquals("Demo Venue", ((VenueDto) template.requestBodyAndHeader("nextome:venues/get", null,
                NextomeConstants.ID, 1)).getName());
        template.requestBodyAndHeaders("nextome:locations/count?mapId=1", null,
                Map.of(NextomeConstants.PROVIDER_TYPE, LocationProviderType.IBEACON));
        assertEquals(1, sim.simulator().control().requests("GET /locations/{mapId}/count"));
    }

    /** A body Jackson cannot write (a java.time value in a Map) fails naming the call and the body type. */
    @Test
    void aBodyJacksonCannotWriteFailsNamingTheCallAndTheBodyTypeBeforeAnyRequest() {
        Map<String, Object> reading = Map.of("trackable", "T-001", "timestamp", Instant.EPOCH);
        IllegalArgumentException raw = failure(() -> template.requestBodyAndHeaders("nextome:raw", reading,
                Map.of(NextomeConstants.HTTP_METHOD, "POST", NextomeConstants.PATH, "/locations")));
        assertTrue(raw.getMessage().startsWith("nextome:raw POST /locations cannot write its body of type "
                                               + reading.getClass().getName() + " as JSON: "), raw.getMessage());
        assertInstanceOf(InvalidDefinitionException.class, raw.getCause());

        IllegalArgumentException typed = failure(() -> call("nextome:locations/create", reading));
        assertTrue(typed.getMessage().startsWith("nextome:locations/create cannot write its body of type "
                                                 + reading.getClass().getName() + " as JSON: "), typed.getMessage());
        assertInstanceOf(InvalidDefinitionException.class, typed.getCause());

        IllegalArgumentException shape = failure(() -> call("nextome:locations/createBatch", "{\"trackable\":\"T-001\"}"));
        assertTrue(shape.getMessage().startsWith("The body of nextome:locations/createBatch must be")
                   && shape.getMessage().endsWith("got a JSON object (its body is a java.lang.String)"),
                shape.getMessage());
        assertEquals(0, sim.simulator().control().totalRequests());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static IllegalArgumentException failure(Runnable call) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, call::run);
        return assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }
}
