package io.camelnextome.benchmarks;

import io.camelnextome.nextome.NextomeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** A plain CamelContext with the {@code nextome} component pointed at a Nextome (the simulator) and its credentials. */
final class NextomeContexts {

    private NextomeContexts() {
    }

    static CamelContext of(String baseUrl, String clientId, String clientSecret) {
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("nextome", component(baseUrl, clientId, clientSecret));
        return camel;
    }

    static NextomeComponent component(String baseUrl, String clientId, String clientSecret) {
        NextomeComponent nextome = new NextomeComponent();
        nextome.getConfiguration().setBaseUrl(baseUrl);
        nextome.getConfiguration().setClientId(clientId);
        nextome.getConfiguration().setClientSecret(clientSecret);
        return nextome;
    }
}
