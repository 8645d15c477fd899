package io.camelnextome.simulator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextomeSimulatorExtensionTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.tokenLifetime(Duration.ofMinutes(5))
            .clientId("it-client").clientSecret("it-secret").generation(false));

    static NextomeSimulator injectedBeforeAll;

    @BeforeAll
    static void capture(NextomeSimulator simulator) {
        injectedBeforeAll = simulator;
    }

    @Test
    void injectsTheRunningSimulatorConfiguredByTheCustomizer(NextomeSimulator simulator) {
        assertSame(SIM.simulator(), simulator);
        assertSame(simulator, injectedBeforeAll);
        assertTrue(simulator.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), simulator.baseUrl());
        assertEquals("it-client", simulator.clientId());
        assertEquals(Duration.ofMinutes(5), simulator.control().tokenLifetime());
        assertTrue(simulator.control().generationPaused());
        assertEquals(300, new SimulatorClient(simulator).send("POST", "/apps/auth",
                "{\"clientId\":\"it-client\",\"clientSecret\":\"it-secret\"}", null).json().getLong("expiresIn"));
    }

    @Test
    void toStringHidesTheSecret(NextomeSimulator simulator) {
        assertTrue(!simulator.toString().contains("it-secret"), simulator.toString());
    }
}
