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
        if (exchange.getRequestURI().getPath().equals("/apps/auth")) {
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
