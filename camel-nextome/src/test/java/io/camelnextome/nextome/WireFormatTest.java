package io.camelnextome.nextome;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.NextomeOperations;
import io.camelnextome.nextome.operation.OperationOption;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The exact request of every operation, with every option set: method, path, query wire names and body, read by
 * a recording HTTP server on loopback (the simulator does not expose raw requests). The simulator-based
 * {@link AllOperationsTest} proves the same calls against Nextome's behaviour.
 */
class WireFormatTest {

    private record Recorded(String method, String path, String query, String body, String authorization) {
    }

    private static HttpServer server;
    private static final AtomicReference<Recorded> LAST = new AtomicReference<>();
    private static final AtomicReference<String> ANSWER = new AtomicReference<>();
    private static CamelContext context;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", WireFormatTest::handle);
        server.start();
        context = new DefaultCamelContext();
        NextomeComponent component = new NextomeComponent();
        component.getConfiguration().setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort());
        component.getConfiguration().setClientId("wire-client");
        component.getConfiguration().setClientSecret("wire-secret");
        context.addComponent("nextome", component);
        NextomeComponent belowPath = new NextomeComponent();
        belowPath.getConfiguration().setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/");
        belowPath.getConfiguration().setClientId("wire-client");
        belowPath.getConfiguration().setClientSecret("wire-secret");
        context.addComponent("nextome-below-path", belowPath);
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
        server.stop(0);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        String answer;
        if (exchange.getRequestURI().getPath().endsWith("/apps/auth")) {
            answer = "{\"accessToken\":\"wire-token\",\"expiresIn\":3600}";
        } else {
            LAST.set(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), new String(request, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            answer = ANSWER.get();
        }
        if (answer == null) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    static Stream<NextomeOperation> operations() {
        return NextomeOperations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void sendsTheContractsRequestAndReturnsItsType(NextomeOperation operation) throws Exception {
        ANSWER.set(answerFor(operation));
        Map<String, Object> options = SampleCalls.options(operation);
        Object body = SampleCalls.body(operation);
        var exchange = new DefaultExchange(context);
        options.forEach((name, value) -> exchange.getIn().setHeader(NextomeConstants.HEADER_PREFIX + name, value));
        exchange.getIn().setBody(body);
        context.createProducerTemplate().send("nextome:" + operation.name(), exchange);
        if (exchange.getException() != null) {
            throw exchange.getException();
        }

        Recorded request = LAST.get();
        assertEquals(operation.httpMethod(), request.method());
        assertEquals(expectedPath(operation, options), request.path());
        assertEquals(expectedQuery(operation, options), decodedQuery(request.query()));
        assertEquals("Bearer wire-token", request.authorization());
        if (body == null) {
            assertEquals("", request.body());
        } else {
            JsonNode expected = NextomeJson.MAPPER.readTree(NextomeJson.MAPPER.writeValueAsString(body));
            assertEquals(expected, NextomeJson.MAPPER.readTree(request.body()));
        }
        ResultTypes.assertContractType(operation, exchange.getMessage().getBody());
        if (operation.resultType() == null) {
            assertNull(exchange.getMessage().getBody());
        }
    }

    /**
     * Path values are percent-encoded as one segment each and query values form-encoded, whatever they hold, and a
     * base URL's own path comes first: the request line is built without parsing a URL on each call.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pathValues")
    void encodesEachValueIntoItsSegment(String id, String rawPath) throws Exception {
        ANSWER.set("{}");
        context.createProducerTemplate().requestBodyAndHeader("nextome:trackables/get", null, NextomeConstants.ID, id);
        assertEquals("/trackables/" + rawPath, LAST.get().path());
        context.createProducerTemplate().requestBodyAndHeader("nextome-below-path:trackables/get", null,
                NextomeConstants.ID, id);
        assertEquals("/api/v2/trackables/" + rawPath, LAST.get().path());
    }

    static Stream<Arguments> pathValues() {
        return Stream.of(Arguments.of("T-001", "T-001"), Arguments.of("x*_.", "x*_."), Arguments.of("T 1", "T%201"),
                Arguments.of("a+b", "a%2Bb"), Arguments.of("../x", "..%2Fx"), Arguments.of("..", "%2E%2E"),
                Arguments.of(".", "%2E"), Arguments.of("a?b#c", "a%3Fb%23c"), Arguments.of("\u00fc", "%C3%BC"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("queryValues")
    void formEncodesQueryValues(String uuid, String rawQuery) throws Exception {
        ANSWER.set("true");
        context.createProducerTemplate().requestBodyAndHeaders("nextome:providers/ringBeacon", null,
                Map.of(NextomeConstants.HEADER_PREFIX + "uuid", uuid, NextomeConstants.HEADER_PREFIX + "major", 1,
                        NextomeConstants.HEADER_PREFIX + "minor", 2));
        assertEquals("/providers/beaconring", LAST.get().path());
        assertEquals("uuid=" + rawQuery + "&major=1&minor=2", LAST.get().query());
    }

    static Stream<Arguments> queryValues() {
        return Stream.of(Arguments.of("f7826da6-4fa2-4e98-8024-bc5b71e0893e", "f7826da6-4fa2-4e98-8024-bc5b71e0893e"),
                Arguments.of("2026-11-29T16:00:00+01:00", "2026-11-29T16%3A00%3A00%2B01%3A00"),
                Arguments.of("a b&c=d/\u00fc", "a+b%26c%3Dd%2F%C3%BC"), Arguments.of("*-_.", "*-_."));
    }

    /** The template with each {@code {variable}} replaced by the sample value of the option it belongs to. */
    private static String expectedPath(NextomeOperation operation, Map<String, Object> options) {
        String path = operation.pathTemplate();
        for (OperationOption option : operation.options()) {
            if (option.location() == OperationOption.Location.PATH) {
                path = path.replace("{" + option.wireName() + "}", options.get(option.name()).toString());
            }
        }
        return path;
    }

    private static String expectedQuery(NextomeOperation operation, Map<String, Object> options) {
        List<String> pairs = operation.options().stream()
                .filter(option -> option.location() == OperationOption.Location.QUERY)
                .map(option -> option.wireName() + "=" + options.get(option.name()))
                .toList();
        return pairs.isEmpty() ? null : String.join("&", pairs);
    }

    private static String decodedQuery(String raw) {
        return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** A response of the operation's result type: one element for lists, an empty object for DTOs. */
    private static String answerFor(NextomeOperation operation) {
        return switch (operation.resultTypeName()) {
            case "(none)" -> null;
            case "Boolean" -> "true";
            case "Long" -> "42";
            case "String" -> "\"deleted\"";
            case "List<String>" -> "[\"T-001\"]";
            default -> operation.resultTypeName().startsWith("List<") ? "[{}]" : "{}";
        };
    }
}
