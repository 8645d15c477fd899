package io.camelnextome.quarkus.nextome.deployment;

import io.camelnextome.simulator.NextomeSimulator;
import io.quarkus.deployment.builditem.Startable;

/** The Nextome simulator as a Dev Service: started by Quarkus when the application starts, closed on shutdown. */
final class SimulatorDevService implements Startable {

    private final int port;
    private final String clientId;
    private final String clientSecret;
    private NextomeSimulator simulator;

    SimulatorDevService(int port, String clientId, String clientSecret) {
        this.port = port;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void start() {
        simulator = NextomeSimulator.builder().port(port).clientId(clientId).clientSecret(clientSecret).build().start();
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
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
