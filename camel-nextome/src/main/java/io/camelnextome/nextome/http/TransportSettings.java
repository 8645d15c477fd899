package io.camelnextome.nextome.http;

import java.util.Objects;

import javax.net.ssl.SSLContext;

import org.apache.camel.component.http.HttpClientConfigurer;

/**
 * What makes one pooled HttpClient differ from another. Endpoints with equal settings share one client, and so
 * its keep-alive connections.
 * <p>
 * {@code equals} and {@code hashCode} are written out: a record's own bootstrap through {@code invokedynamic}
 * ({@code ObjectMethods}) when first called, which spins some 45 method-handle classes, and this key is hashed when
 * the first endpoint starts, before the app reports started.
 *
 * @param sslContext null for the JVM default
 * @param proxyHost  null for no proxy
 * @param configurer null when the user has nothing to add
 */
public record TransportSettings(long connectTimeoutMillis, long responseTimeoutMillis,
        long connectionRequestTimeoutMillis, int maxTotalConnections, int connectionsPerRoute, String proxyHost,
        Integer proxyPort, SSLContext sslContext, HttpClientConfigurer configurer) {

    @Override
    public boolean equals(Object other) {
        return other instanceof TransportSettings that && connectTimeoutMillis == that.connectTimeoutMillis
               && responseTimeoutMillis == that.responseTimeoutMillis
               && connectionRequestTimeoutMillis == that.connectionRequestTimeoutMillis
               && maxTotalConnections == that.maxTotalConnections && connectionsPerRoute == that.connectionsPerRoute
               && Objects.equals(proxyHost, that.proxyHost) && Objects.equals(proxyPort, that.proxyPort)
               && Objects.equals(sslContext, that.sslContext) && Objects.equals(configurer, that.configurer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, responseTimeoutMillis, connectionRequestTimeoutMillis,
                maxTotalConnections, connectionsPerRoute, proxyHost, proxyPort, sslContext, configurer);
    }
}
