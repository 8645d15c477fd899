package io.camelnextome.nextome.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls over https to a server on loopback whose certificate is self-signed ({@code tls/self-signed.p12}, made
 * with {@code keytool -genkeypair -keyalg EC -dname CN=127.0.0.1 -ext SAN=ip:127.0.0.1 -validity 36500}): the
 * client without an SSLContext of its own (whose TLS is built on the first https connection) checks it against the
 * JDK's trust store and refuses it; with an SSLContext that trusts the certificate the call succeeds.
 */
class NextomeHttpClientTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private static HttpsServer server;
    private static KeyStore keyStore;
    private static URI uri;

    @BeforeAll
    static void start() throws Exception {
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = NextomeHttpClientTlsTest.class.getResourceAsStream("/tls/self-signed.p12")) {
            keyStore.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/venues/1");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static NextomeHttpClient client(SSLContext sslContext) {
        return new NextomeHttpClient(new TransportSettings(5000, 5000, 5000, 4, 4, null, null, sslContext, null));
    }

    @Test
    void theDefaultTlsRefusesACertificateTheJdkDoesNotTrust() throws IOException {
        try (NextomeHttpClient client = client(null)) {
            assertThrows(SSLHandshakeException.class, () -> client.send("GET", uri, null, "token"));
            // the second connection goes through the same, already built TLS
            assertThrows(SSLHandshakeException.class, () -> client.send("GET", uri, null, "token"));
        }
    }

    @Test
    void anSslContextThatTrustsTheCertificateConnects() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        SSLContext trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trust.getTrustManagers(), null);
        try (NextomeHttpClient client = client(trusting)) {
            HttpResult result = client.send("GET", uri, null, "token");
            assertEquals(List.of(200, "{\"ok\":true}"), List.of(result.status(), result.bodyAsString()));
        }
    }

    /**
     * Without an SSLContext of its own the client trusts what the JVM's trust store does, {@code javax.net.ssl.trustStore}
     * included (read when the TLS is built, on the first https connection), and still checks the host name: the same
     * certificate, trusted for 127.0.0.1, is refused for localhost.
     */
    @Test
    void theDefaultTlsHonoursTheTrustStorePropertyAndStillVerifiesTheHostName(@TempDir Path dir) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", keyStore.getCertificate("server"));
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trusted.store(out, PASSWORD);
        }
        String[] names = { "javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType" };
        String[] previous = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            previous[i] = System.getProperty(names[i]);
        }
        System.setProperty(names[0], file.toString());
        System.setProperty(names[1], new String(PASSWORD));
        System.setProperty(names[2], "PKCS12");
        try (NextomeHttpClient client = client(null)) {
            HttpResult result = client.send("GET", uri, null, "token");
            assertEquals(List.of(200, "{\"ok\":true}"), List.of(result.status(), result.bodyAsString()));
            URI otherName = URI.create("https://localhost:" + server.getAddress().getPort() + "/venues/1");
            SSLException refused = assertThrows(SSLException.class, () -> client.send("GET", otherName, null, "token"));
            assertTrue(refused.getMessage().contains("localhost"), refused.getMessage());
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (previous[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], previous[i]);
                }
            }
        }
    }
}
