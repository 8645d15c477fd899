package io.camelnextome.nextome.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on loopback between the JDBC driver and the real database that, when armed, lets the next statement
 * containing a given text through and drops the connection instead of passing the database's answer back: the
 * statement ran (committed, with auto-commit) and the client only sees a broken connection.
 */
final class AnswerDroppingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private volatile String armedFor;

    AnswerDroppingProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "answer-dropping-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next statement sent that contains text runs, and its answer is lost with the connection. */
    void dropTheAnswerTo(String text) {
        armedFor = text;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket database = new Socket(InetAddress.getLoopbackAddress(), target);
                AtomicBoolean drop = new AtomicBoolean();
                relay(client, database, drop, true);
                relay(database, client, drop, false);
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void relay(Socket from, Socket to, AtomicBoolean drop, boolean fromClient) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    String armed = armedFor;
                    if (fromClient && armed != null
                        && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains(armed)) {
                        armedFor = null;
                        drop.set(true);   // before the statement leaves, so its answer is the next to come back
                    } else if (!fromClient && drop.get()) {
                        from.close();
                        to.close();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "answer-dropping-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the other side's failure is what the client sees
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
