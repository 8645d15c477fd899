package io.camelnextome.nextome.http;

import java.io.Closeable;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An {@code http://} Nextome never needs TLS nor cookies: the client, loaded afresh in a class loader of its own,
 * calls a server on loopback, and neither HttpClient's default TLS strategy nor its public-suffix list (behind the
 * cookie specifications) is even loaded.
 */
class NextomeHttpClientClassLoadingTest {

    /** Exposes which classes it has loaded; its parent is the platform loader, so it loads the client itself. */
    private static final class IsolatedLoader extends URLClassLoader {
        IsolatedLoader(URL[] urls) {
            super("isolated", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void aPlainHttpCallLoadsNeitherTheDefaultTlsNorThePublicSuffixList() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes());
            exchange.close();
        });
        server.start();
        try (IsolatedLoader loader = new IsolatedLoader(testClassPath())) {
            Class<?> settingsClass = loader.loadClass(TransportSettings.class.getName());
            Object settings = settingsClass.getConstructors()[0]
                    .newInstance(5000L, 5000L, 5000L, 4, 4, null, null, null, null);
            Class<?> clientClass = loader.loadClass(NextomeHttpClient.class.getName());
            try (Closeable client = (Closeable) clientClass.getConstructor(settingsClass).newInstance(settings)) {
                URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/venues/1");
                Object result = clientClass.getMethod("send", String.class, URI.class, byte[].class, String.class)
                        .invoke(client, "GET", uri, null, "token");
                assertEquals(200, result.getClass().getMethod("status").invoke(result));
            }
            Map<String, Boolean> loaded = List.of(
                    "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager",
                    "org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy",
                    "org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader").stream()
                    .collect(Collectors.toMap(Function.identity(), loader::loaded));
            assertEquals(Map.of("org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager", true,
                    "org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy", false,
                    "org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader", false), loaded);
        } finally {
            server.stop(0);
        }
    }

    private static URL[] testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return new File(entry).toURI().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
    }
}
