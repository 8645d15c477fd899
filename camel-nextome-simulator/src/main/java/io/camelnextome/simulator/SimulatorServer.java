package io.camelnextome.simulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Listens on loopback with one HTTP server per event loop, all on the same port (Vert.x spreads the
 * connections over them), so requests are served by every core without any shared lock.
 */
final class SimulatorServer {

    static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_SECONDS = 30;

    private final List<HttpServer> servers = new ArrayList<>();

    /** Starts the servers and returns the port they listen on (a free one when {@code port} is 0). */
    int start(Vertx vertx, int port, int instances, Function<Vertx, Router> routers) {
        // Vert.x shares a server between instances listening on the same port; a negative port is a
        // random port shared by every server that asks for that same negative port
        int shared = port == 0 ? -1 : port;
        int actualPort = listen(vertx, shared, routers);
        for (int i = 1; i < instances; i++) {
            listen(vertx, shared, routers);
        }
        return actualPort;
    }

    private int listen(Vertx vertx, int port, Function<Vertx, Router> routers) {
        HttpServerOptions options = new HttpServerOptions().setHost(HOST).setPort(port)
                .setTcpNoDelay(true).setCompressionSupported(false);
        HttpServer server = vertx.createHttpServer(options).requestHandler(routers.apply(vertx));
        servers.add(server);
        return await(server.listen()).actualPort();
    }

    void stop() {
        servers.forEach(server -> await(server.close()));
        servers.clear();
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the simulator", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The simulator's HTTP server failed: " + e.getMessage(), e);
        }
    }
}
