package io.camelnextome.nextome;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelnextome.nextome.model.PairBooleanListVisitDto;
import io.camelnextome.nextome.model.TrackableDto;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A typed result is parsed as it arrives from the connection: what reaches the route when that body breaks off or
 * is not JSON. The simulator drops a connection only before it answers, so a small HTTP/1.1 server on loopback
 * writes the bodies here, byte by byte as told.
 */
class StreamedBodyFaultsTest {

    private static final String TRACKABLES = "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"},{\"id\":3,\"name\":\"c\"}]";

    private static final String VISITS = "{\"first\":false,\"second\":[{\"id\":1,\"startTimestamp\":1,"
                                         + "\"endTimestamp\":5},{\"id\":2,\"startTimestamp\":2,\"endTimestamp\":9}]}";

    /** The next API request gets this many bytes of its body, then a close; {@link #MALFORMED} a body that is not JSON. */
    private static final int MALFORMED = -1;

    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private ServerSocket server;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "streamed-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
        context = new DefaultCamelContext();
        NextomeComponent component = new NextomeComponent();
        component.getConfiguration().setBaseUrl("http://127.0.0.1:" + server.getLocalPort());
        component.getConfiguration().setClientId("streamed-client");
        component.getConfiguration().setClientSecret("streamed-secret");
        component.getConfiguration().setRetryInitialDelay(1);
        context.addComponent("nextome", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() throws IOException {
        context.stop();
        server.close();
    }

    @Test
    void aGetWhoseBodyBreaksOffAnywhereIsSentAgain() {
        for (int cut = 0; cut < TRACKABLES.length(); cut += 5) {
            answers.add(cut);
            Object result = template.requestBody("nextome:trackables/list?venueId=1", (Object) null);
            assertEquals(3, ((List<?>) result).size(), "cut after " + cut);
            assertInstanceOf(TrackableDto.class, ((List<?>) result).get(0));
        }
        assertEquals(2 * ((TRACKABLES.length() + 4) / 5), apiRequests.get(), "each broken-off GET was sent again");
    }

    @Test
    void aPageOfVisitsThatBreaksOffAnywhereIsReadAgain() {
        for (int cut = 0; cut < VISITS.length(); cut += 7) {
            answers.add(cut);
            Object page = template.requestBody("nextome:visits/history?venueId=1&start=0&end=10", (Object) null);
            assertEquals(2, ((PairBooleanListVisitDto) page).getSecond().size(), "cut after " + cut);
        }
    }

    @Test
    void aPostWhoseAnswerBreaksOffIsNotSentAgainAndFailsAsATransportFailure() {
        answers.add(10);
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("nextome:trackables/create", "{\"name\":\"a\"}"));
        assertEquals(1, apiRequests.get(), "a POST whose outcome is unknown is sent once");
        assertInstanceOf(IOException.class, e.getCause());
    }

    @Test
    @Timeout(60)
    void malformedBodiesFailWithoutHoldingPooledConnections() {
        String uri = "nextome:trackables/list?venueId=1&maxTotalConnections=1&connectionsPerRoute=1"
                     + "&connectionRequestTimeout=2000";
        for (int i = 0; i < 10; i++) {
            answers.add(MALFORMED);
            CamelExecutionException e = assertThrows(CamelExecutionException.class,
                    () -> template.requestBody(uri, (Object) null));
            String message = e.getCause().getMessage();
            assertTrue(message.startsWith("nextome:trackables/list: HTTP 200 with a body that is not"),
                    () -> "the call and what was expected, not a pool timeout: " + e.getCause());
            assertTrue(message.contains("Unexpected character"), message);
        }
        assertEquals(3, ((List<?>) template.requestBody(uri, (Object) null)).size());
        assertEquals(11, apiRequests.get(), "a body that is not JSON is not sent again");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "streamed-body-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Keep-alive HTTP/1.1: answers request after request on one connection until a cut or the client closes. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String request = readRequest(in);
                if (request == null) {
                    return;
                }
                if (request.startsWith("POST /apps/auth")) {
                    write(out, "{\"accessToken\":\"streamed-token\",\"expiresIn\":3600}", Integer.MAX_VALUE);
                    continue;
                }
                apiRequests.incrementAndGet();
                Integer answer = answers.poll();
                boolean create = request.startsWith("POST ");
                String body = create ? "{\"id\":7,\"name\":\"a\",\"venue\":1}"
                        : request.startsWith("GET /visit/") ? VISITS : TRACKABLES;
                if (answer != null && answer >= 0) {
                    write(out, body, answer);
                    return;
                }
                write(out, answer != null ? "[{\"id\":1,\"name\":\"a\"},{\"id\":}" + " ".repeat(2000) + "]"
                        : body, Integer.MAX_VALUE);
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** The request's method and path, its body skipped; null at the end of the connection. */
    private static String readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        int length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        in.readNBytes(length);
        String[] parts = requestLine.split(" ");
        return parts[0] + " " + parts[1];
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return null;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** A 200 with the body's Content-Length, and at most {@code bytes} of the body. */
    private static void write(OutputStream out, String body, int bytes) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                   + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(content, 0, Math.min(bytes, content.length));
        out.flush();
    }
}
