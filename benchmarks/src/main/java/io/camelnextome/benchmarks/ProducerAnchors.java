package io.camelnextome.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectReader;
import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The four ways to call {@code GET /trackables/{tid}} that a user would weigh against each other, and one that
 * tells Camel's share from the component's, all with the same connection pool size against the same simulator:
 * <ul>
 * <li>{@code nextome}: the component, {@code nextome:trackables/get} with the id in {@code CamelNextome.id};</li>
 * <li>{@code raw-httpclient5}: {@link RawHttpClient5}, the limit of the transport the component wraps;</li>
 * <li>{@code raw-httpclient5-in-camel}: the same client called by a bare Camel producer ({@link RawInCamelEndpoint}):
 * not a user's choice, but what the first two differ by without the component's own work;</li>
 * <li>{@code camel-http}: a camel-http route with a token fetched once and {@code unmarshal().json()}, what a skilled
 * user builds by hand;</li>
 * <li>{@code camel-http-auth-each-call}: the same route preceded by {@code POST /apps/auth} on every call, as the
 * handshake's documentation invites.</li>
 * </ul>
 */
final class ProducerAnchors implements AutoCloseable {

    /** The same pool size for every client: at least as many connections as the largest number of callers. */
    static final int CONNECTIONS = 64;
    /** The name of the {@link RawInCamelEndpoint} client. */
    static final String RAW_IN_CAMEL = "raw-httpclient5-in-camel";

    private final CamelContext camel = new DefaultCamelContext();
    private final RawHttpClient5 raw;
    private final Map<String, Callers.Call> clients = new LinkedHashMap<>();

    ProducerAnchors(NextomeSimulator simulator) throws Exception {
        String base = simulator.baseUrl();
        NextomeComponent nextome = NextomeContexts.component(base, simulator.clientId(), simulator.clientSecret());
        nextome.getConfiguration().setConnectionsPerRoute(CONNECTIONS);
        camel.addComponent("nextome", nextome);
        HttpComponent http = new HttpComponent();
        http.setConnectionsPerRoute(CONNECTIONS);
        http.setMaxTotalConnections(CONNECTIONS * 2);
        camel.addComponent("http", http);

        raw = new RawHttpClient5(base, simulator.clientId(), simulator.clientSecret(), CONNECTIONS);
        String credentials = "{\"clientId\":\"" + simulator.clientId() + "\",\"clientSecret\":\""
                             + simulator.clientSecret() + "\"}";
        String bearer = "Bearer " + raw.token();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:camel-http")
                        .setHeader("Authorization", constant(bearer))
                        .toD(base + "/trackables/${header.tid}?httpMethod=GET")
                        .unmarshal().json(TrackableDto.class);
                from("direct:camel-http-auth-each-call")
                        .setBody(constant(credentials))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .to(base + "/apps/auth?httpMethod=POST")
                        .unmarshal().json(Map.class)
                        .process(exchange -> exchange.getIn().setHeader("Authorization",
                                "Bearer " + exchange.getIn().getBody(Map.class).get("accessToken")))
                        .setBody(constant(null))
                        .removeHeader(Exchange.CONTENT_TYPE)
                        .toD(base + "/trackables/${header.tid}?httpMethod=GET")
                        .unmarshal().json(TrackableDto.class);
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        Endpoint component = camel.getEndpoint("nextome:trackables/get");
        Endpoint camelHttp = camel.getEndpoint("direct:camel-http");
        Endpoint authEachCall = camel.getEndpoint("direct:camel-http-auth-each-call");
        ObjectReader trackable = RawHttpClient5.reader(TrackableDto.class);

        clients.put("nextome", n -> template.requestBodyAndHeader(component, null, NextomeConstants.ID,
                Callers.trackable(n)) instanceof TrackableDto);
        clients.put("raw-httpclient5", n -> raw.get("/trackables/" + Callers.trackable(n), trackable) != null);
        Endpoint rawInCamel = new RawInCamelEndpoint(raw, trackable);
        rawInCamel.setCamelContext(camel);
        camel.addEndpoint(rawInCamel.getEndpointUri(), rawInCamel);
        clients.put(RAW_IN_CAMEL, n -> template.requestBodyAndHeader(rawInCamel, null, NextomeConstants.ID,
                Callers.trackable(n)) instanceof TrackableDto);
        clients.put("camel-http", n -> template.requestBodyAndHeader(camelHttp, null, "tid",
                Callers.trackable(n)) instanceof TrackableDto);
        clients.put("camel-http-auth-each-call", n -> template.requestBodyAndHeader(authEachCall, null, "tid",
                Callers.trackable(n)) instanceof TrackableDto);
    }

    /** The clients by name, in the order above. */
    Map<String, Callers.Call> clients() {
        return clients;
    }

    @Override
    public void close() throws Exception {
        raw.close();
        camel.close();
    }
}
