package io.camelnextome.nextome.metrics;

import io.camelnextome.nextome.NextomeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Calls {@code nextome:venues/get?id=1} once in a fresh JVM: {@code baseUrl clientId clientSecret}. */
public final class CallOnceMain {

    private CallOnceMain() {
    }

    public static void main(String[] args) throws Exception {
        CamelContext context = new DefaultCamelContext();
        NextomeComponent nextome = new NextomeComponent();
        nextome.getConfiguration().setBaseUrl(args[0]);
        nextome.getConfiguration().setClientId(args[1]);
        nextome.getConfiguration().setClientSecret(args[2]);
        context.addComponent("nextome", nextome);
        context.start();
        Object venue = context.createProducerTemplate().requestBody("nextome:venues/get?id=1", (Object) null);
        System.out.println("called: " + venue.getClass().getSimpleName());
        context.stop();
    }
}
