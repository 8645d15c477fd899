package io.camelnextome.nextome.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.protocol.RequestAddCookies;
import org.apache.hc.client5.http.protocol.ResponseProcessCookies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A server on loopback that sets a cookie on every response and echoes the Cookie header it received: the client
 * keeps cookie management off (its cookie specifications are built only when looked up), and a user's
 * {@link HttpClientConfigurer} can still turn cookies on.
 */
class NextomeHttpClientCookieTest {

    private static HttpServer server;
    private static URI uri;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            byte[] body = (cookie == null ? "none" : cookie).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/venues/1");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String secondCallCookie(HttpClientConfigurer configurer) throws IOException {
        try (NextomeHttpClient client
                = new NextomeHttpClient(new TransportSettings(5000, 5000, 5000, 4, 4, null, null, null, configurer))) {
            client.send("GET", uri, null, null);
            return client.send("GET", uri, null, null).bodyAsString();
        }
    }

    @Test
    void noCookieIsSentBack() throws IOException {
        assertEquals("none", secondCallCookie(null));
    }

    @Test
    void aConfigurerCanTurnCookiesOn() throws IOException {
        assertEquals("session=abc", secondCallCookie(builder -> builder.setDefaultCookieStore(new BasicCookieStore())
                .addRequestInterceptorFirst(RequestAddCookies.INSTANCE)
                .addResponseInterceptorLast(ResponseProcessCookies.INSTANCE)));
    }
}
