package io.camelnextome.nextome;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.NextomeOperations;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every GET operation of the contract works as a polling consumer and delivers the contract's result type. */
class ConsumerOperationsTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    static Stream<NextomeOperation> getOperations() {
        return NextomeOperations.all().stream().filter(operation -> "GET".equals(operation.httpMethod()));
    }

    @BeforeEach
    void generatePositions() {
        generateRecentPositions();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("getOperations")
    void pollsTheOperation(NextomeOperation operation) throws Exception {
        List<Message> received = new CopyOnWriteArrayList<>();
        String options = SampleCalls.requiredOptions(operation).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // the whole result in one exchange, and a plain re-read of the window rather than an incremental stream
        String uri = "nextome:" + operation.name() + "?" + options + (options.isEmpty() ? "" : "&")
                     + "splitResult=false&incremental=false&initialDelay=0&delay=60000";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(exchange -> received.add(exchange.getMessage().copy()));
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        Message message = received.get(0);
        assertEquals(operation.name(), message.getHeader(NextomeConstants.OPERATION));
        ResultTypes.assertContractType(operation, message.getBody());
        assertEquals(1L, sim.simulator().control().requests(operation.specKey()), operation.specKey());
    }
}
