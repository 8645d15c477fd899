package io.camelnextome.nextome;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A baseUrl or authUrl that cannot work is refused when the endpoint is created (set on the component: when it
 * starts), by an error naming the option and the value without a secret, before any request; the values that work
 * keep working.
 */
class BaseUrlValidationTest extends NextomeTestSupport {

    private static final String SECRET = "s3cr3t-url-distinctive";

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension(b -> b.generation(false));

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    private static String base() {
        return sim.simulator().baseUrl();
    }

    private static String hostAndPort() {
        return base().substring("http://".length());
    }

    /** Each refused value with what its error must say it is; the value shown masked is checked apart. */
    private static Map<String, String> refused(String option) {
        String auth = option.equals("authUrl") ? "/apps/auth" : "";
        Map<String, String> values = new LinkedHashMap<>();
        values.put(base() + auth + "#part", "must not hold a fragment");
        values.put(base() + auth + "?api-key=" + SECRET.substring(0, 6) + "#" + SECRET.substring(6),
                "must not hold a fragment");
        values.put("http://someone:" + SECRET + "@" + hostAndPort() + auth, "must not hold user info");
        values.put(hostAndPort() + auth, "must be an absolute http:// or https:// URL with a host");
        values.put("localhost:" + sim.simulator().port() + auth, "must be an absolute http:// or https:// URL");
        values.put("ftp://" + hostAndPort() + auth, "must be an absolute http:// or https:// URL");
        values.put("/nextome/v1" + auth, "must be an absolute http:// or https:// URL");
        values.put("http:///nextome/v1" + auth, "must be an absolute http:// or https:// URL with a host");
        values.put("", "is empty: leave it unset for its default");
        values.put("  ", "is blank");
        values.put(" " + base() + auth, "has leading or trailing whitespace");
        values.put(base() + auth + " ", "has leading or trailing whitespace");
        values.put("${nextome.url}" + auth, "holds an unresolved property placeholder");
        // in an endpoint URI, Camel itself refuses a placeholder it cannot resolve
        values.put("{{nextome.url}}" + auth, "holds an unresolved property placeholder");
        values.put(base() + auth + "/a^b", "is not a valid URL (Illegal character in path at index ");
        values.put("http://127.0.0.1:65536" + auth, "65536 is out of range");
        values.put("http://nextome_sim:8o8o" + auth, "is not a valid URL (Port is invalid)");
        values.put("http://:" + sim.simulator().port() + auth, "must be an absolute http:// or https:// URL with a host");
        if (option.equals("baseUrl")) {
            values.put(base() + "?a=b", "must not hold a query (?...): the API paths are appended to it");
            values.put(base() + "/nextome/v1?api-key=" + SECRET, "must not hold a query");
        }
        return values;
    }

    @Test
    void aValueThatCannotWorkInTheEndpointUriIsRefusedWhenTheEndpointIsCreated() {
        for (String option : List.of("baseUrl", "authUrl")) {
            refused(option).forEach((value, problem) -> {
                if (value.contains("{{")) {
                    return;
                }
                for (String uri : List.of("nextome:venues/get?id=1", "nextome:trackables/list?venueId=1")) {
                    ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                            () -> context.getEndpoint(uri + "&" + option + "=RAW(" + value + ")"), value);
                    // the cause is the component's; Camel's own message names the URI as Camel masks URIs
                    assertRefusal(option, problem, e.getCause().getMessage());
                }
            });
        }
        assertEquals(0, sim.simulator().control().receivedRequests());
    }

    @Test
    void aValueThatCannotWorkOnTheComponentIsRefusedWhenItStarts() {
        List<String> messages = new ArrayList<>();
        for (String option : List.of("baseUrl", "authUrl")) {
            refused(option).forEach((value, problem) -> {
                NextomeComponent component = new NextomeComponent();
                // as camel.component.nextome.<option> binds it
                new NextomeComponentConfigurer().configure(context, component, option, value, true);
                Exception e = assertThrows(Exception.class,
                        () -> context.addComponent("nextome-" + messages.size(), component), value);
                IllegalArgumentException refusal = assertInstanceOf(IllegalArgumentException.class,
                        e instanceof IllegalArgumentException ? e : e.getCause(), value);
                assertRefusal(option, problem, refusal.getMessage());
                messages.add(chain(e));
            });
        }
        for (String message : messages) {
            assertFalse(message.contains(SECRET.substring(6)), message);
        }
        assertEquals(0, sim.simulator().control().receivedRequests());
    }

    private static void assertRefusal(String option, String problem, String message) {
        assertTrue(message.startsWith("Option '" + option + "' ") && message.contains(problem)
                   && message.contains("; got '"), message);
        assertFalse(message.contains(SECRET.substring(6)), message);
    }

    @Test
    void theErrorNamesTheValueMasked() {
        String query = refusal("nextome:venues/get?id=1&baseUrl=RAW(" + base() + "/nextome/v1?api-key=" + SECRET + ")");
        assertEquals("Option 'baseUrl' must not hold a query (?...): the API paths are appended to it; got '" + base()
                     + "/nextome/v1?api-key=xxxxxx'", query);
        String fragment = refusal("nextome:venues/get?id=1&authUrl=RAW(" + base() + "/apps/auth?key=a#b)");
        assertEquals("Option 'authUrl' must not hold a fragment (#...), which is never sent: write a '#' in a query"
                     + " value as %23; got '" + base() + "/apps/auth?key=xxxxxx#...'", fragment);
        String userInfo = refusal("nextome:venues/get?id=1&authUrl=RAW(http://me:" + SECRET + "@" + hostAndPort() + ")");
        assertEquals("Option 'authUrl' must not hold user info (user:password@): set clientId and clientSecret instead;"
                     + " got '" + base() + "'", userInfo);
    }

    private String refusal(String uri) {
        return assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri)).getCause()
                .getMessage();
    }

    /** A route whose consumer has a refused URL is not created: it never polls. */
    @Test
    void aConsumerRouteWithARefusedUrlIsNotCreated() {
        FailedToCreateRouteException e = assertThrows(FailedToCreateRouteException.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("nextome:trackables/list?venueId=1&initialDelay=0&baseUrl=RAW(" + base() + "?a=b)")
                                .to("mock:trackables");
                    }
                }));
        assertTrue(chain(e).contains("Option 'baseUrl' must not hold a query"), chain(e));
        assertEquals(0, sim.simulator().control().receivedRequests());
    }

    /** camel.component.nextome.* in Camel Main: the application does not start, and shows no key. */
    @Test
    void aRefusedComponentPropertyStopsCamelMainFromStartingWithoutShowingTheKey() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Main main = new Main();
        main.addInitialProperty("camel.component.nextome.baseUrl", base() + "?api-key=" + SECRET);
        main.addInitialProperty("camel.component.nextome.clientId", sim.simulator().clientId());
        main.addInitialProperty("camel.component.nextome.clientSecret", sim.simulator().clientSecret());
        String shown;
        try {
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("nextome:trackables/list?venueId=1&initialDelay=0").to("log:trackables");
                }
            });
            shown = chain(assertThrows(Exception.class, main::start));
        } finally {
            main.stop();
            System.setErr(originalErr);
        }
        shown += captured.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Option 'baseUrl' must not hold a query") && shown.contains("api-key=xxxxxx"), shown);
        assertFalse(shown.contains(SECRET), shown);
        assertEquals(0, sim.simulator().control().receivedRequests());
    }

    /**
     * Values that work keep working, for a producer and a consumer: a trailing slash, a scheme in capitals, an IPv6
     * literal host (the IPv4-mapped loopback reaches the simulator), an authUrl with a gateway's key in its query, a
     * host name with '_' (a Docker Compose service; reached here through the simulator as a proxy, which answers a
     * request for any host).
     */
    @Test
    void valuesThatWorkKeepWorking() {
        String port = String.valueOf(sim.simulator().port());
        List<String> options = List.of("baseUrl=RAW(" + base() + "/)", "baseUrl=RAW(HTTP://" + hostAndPort() + ")",
                "baseUrl=RAW(http://[::ffff:127.0.0.1]:" + port + ")",
                "authUrl=RAW(http://[::ffff:127.0.0.1]:" + port + "/apps/auth)",
                "authUrl=RAW(" + base() + "/apps/auth?region=eu&api-key=" + SECRET + ")",
                "baseUrl=RAW(http://nextome_sim:8080)&proxyHost=127.0.0.1&proxyPort=" + port);
        for (String option : options) {
            VenueDto venue = (VenueDto) template.requestBody("nextome:venues/get?id=1&" + option, (Object) null);
            assertEquals("Demo Venue", venue.getName(), option);
        }
        // a consumer reads the same options: one with each of the two URLs
        for (String option : List.of(options.get(2), options.get(4))) {
            assertNotNull(consumer.receiveBody("nextome:trackables/list?venueId=1&initialDelay=0&" + option, 10_000,
                    TrackableDto.class), option);
        }
        assertEquals(options.size(), sim.simulator().control().requests("GET /venues/{vid}"));
    }

    private static String chain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.append(t).append('\n');
        }
        return chain.toString();
    }
}
