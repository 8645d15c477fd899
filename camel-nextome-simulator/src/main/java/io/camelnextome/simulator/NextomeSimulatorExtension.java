package io.camelnextome.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.function.Consumer;

/**
 * Starts a {@link NextomeSimulator} before the tests of a class and stops it after them; test and
 * lifecycle methods can take the running simulator as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.tokenLifetime(Duration.ofSeconds(2)));
 * }</pre>
 */
public final class NextomeSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Consumer<NextomeSimulator.Builder> customizer;
    private NextomeSimulator simulator;

    public NextomeSimulatorExtension() {
        this(builder -> {
        });
    }

    public NextomeSimulatorExtension(Consumer<NextomeSimulator.Builder> customizer) {
        this.customizer = customizer;
    }

    /** The running simulator. */
    public NextomeSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator is not started: register the extension on a static field");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (simulator == null) {
            NextomeSimulator.Builder builder = NextomeSimulator.builder();
            customizer.accept(builder);
            simulator = builder.build().start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == NextomeSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }
}
