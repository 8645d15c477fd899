package io.camelnextome.quarkus.nextome.deployment;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.deployment.builditem.Startable;

/** The Nextome simulator as a Dev Service: started by Quarkus when the application starts, closed on shutdown. */
final class SimulatorDevService implements Startable {

    private final int port;
    private NextomeSimulator simulator;

    SimulatorDevService(int port) {
        this.port = port;
    }

    @Override
    public void start() {
        simulator = NextomeSimulator.builder().port(port).build().start();
    }

    @Override
    public String getConnectionInfo() {
        return simulator.baseUrl();
    }

    @Override
    public String getContainerId() {
        return null;
    }

    String clientId() {
        return simulator.clientId();
    }

    String clientSecret() {
        return simulator.clientSecret();
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
