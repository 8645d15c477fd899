package io.camelnextome.nextome.http;

import javax.net.ssl.SSLContext;

import org.apache.camel.component.http.HttpClientConfigurer;

/**
 * What makes one pooled HttpClient differ from another. Endpoints with equal settings share one client, and so
 * its keep-alive connections.
 *
 * @param sslContext null for the JVM default
 * @param proxyHost  null for no proxy
 * @param configurer null when the user has nothing to add
 */
public record TransportSettings(long connectTimeoutMillis, long responseTimeoutMillis,
        long connectionRequestTimeoutMillis, int maxTotalConnections, int connectionsPerRoute, String proxyHost,
        Integer proxyPort, SSLContext sslContext, HttpClientConfigurer configurer) {
}
