package io.camelnextome.nextome.http;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;

import javax.net.ssl.SSLSocket;

import org.apache.camel.util.function.Suppliers;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient 5's default TLS ({@link DefaultClientTlsStrategy#createDefault()}: the JDK's default trust store and
 * the public-suffix hostname verifier), built on the first https connection. The pool builder would build it with
 * the pool, which parses the trust store and the public-suffix list and loads some 300 classes (about 8 MiB
 * allocated) also for an {@code http://} Nextome that never needs it.
 */
final class LazyTlsSocketStrategy implements TlsSocketStrategy {

    // a lambda, not a method reference: linking the reference would load DefaultClientTlsStrategy and its TLS types
    // with the pool already
    @SuppressWarnings("Convert2MethodRef")
    private final Supplier<TlsSocketStrategy> delegate = Suppliers.memorize(() -> DefaultClientTlsStrategy.createDefault());

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate.get().upgrade(socket, target, port, attachment, context);
    }
}
