package io.camelnextome.nextome;

import java.util.Map;
import java.util.stream.Stream;

import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.NextomeOperations;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the catalog against the simulator: the simulator counts exactly one request under the
 * operation's "METHOD /template", and the result has the contract's type.
 */
class AllOperationsTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    static Stream<NextomeOperation> operations() {
        return NextomeOperations.all().stream();
    }

    @BeforeEach
    void generatePositions() {
        generateRecentPositions();
    }

    @Test
    void theCatalogHasTheContracts77Operations() {
        assertEquals(77, NextomeOperations.all().size());
        assertEquals(77, NextomeOperations.all().stream().map(NextomeOperation::specKey).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void callsTheOperationAndReturnsTheContractsType(NextomeOperation operation) throws Exception {
        Map<String, Object> options = SampleCalls.requiredOptions(operation);
        Exchange exchange = template.send("nextome:" + operation.name(), e -> {
            options.forEach((name, value) -> e.getIn().setHeader(NextomeConstants.HEADER_PREFIX + name, value));
            e.getIn().setBody(SampleCalls.body(operation));
        });
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
        assertEquals(1, sim.simulator().control().requests(operation.specKey()), operation.specKey());
        assertEquals(1, sim.simulator().control().totalRequests());
        int status = exchange.getMessage().getHeader(NextomeConstants.HTTP_RESPONSE_CODE, Integer.class);
        assertTrue(status >= 200 && status < 300, "status " + status);
        Object result = exchange.getMessage().getBody();
        ResultTypes.assertContractType(operation, result);
        if (operation.resultType() == null) {
            assertNull(result);
        }
    }
}
