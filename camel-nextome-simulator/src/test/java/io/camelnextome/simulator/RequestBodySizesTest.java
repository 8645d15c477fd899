package io.camelnextome.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request bodies of every size reach the operation whole, with or without a Content-Length, up to the 16 MB limit;
 * beyond it 413, before any byte of the body when the Content-Length says so. Sizes around the chunks a request
 * arrives in (8 KB) and the buffer sizes of Vert.x's body handler (64 KB and its doublings).
 */
class RequestBodySizesTest {

    private static final int LIMIT = 16 * 1024 * 1024;
    private static final String OPERATION = "POST /venuecategories";

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @BeforeEach
    void forgetBodies() {
        SIM.simulator().control().reset();
    }

    @Test
    void bodiesWithAContentLengthArriveWhole() {
        int[] sizes = { 40, 8191, 8192, 8193, 65535, 65536, 65537, 131072, 150_000, 262_145 };
        for (int size : sizes) {
            String body = body(size);
            assertEquals(201, client.post("/venuecategories", body).status(), size + " bytes");
        }
        List<String> received = SIM.simulator().control().requestBodies(OPERATION);
        assertEquals(Arrays.stream(sizes).mapToObj(RequestBodySizesTest::body).toList(), received);
    }

    @Test
    void aChunkedBodyWithoutContentLengthArrivesWhole() throws IOException {
        String body = body(150_000);
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("Transfer-Encoding: chunked"));
            // chunks of 1 byte, of a few, of 8 KB and of more than 64 KB
            int[] lengths = { 1, 100, 8192, 70_000 };
            int at = 0;
            for (int i = 0; at < bytes.length; i++) {
                int length = Math.min(lengths[i % lengths.length], bytes.length - at);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes, at, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                at += length;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 201 Created", statusLine(socket));
        }
        assertEquals(List.of(body), SIM.simulator().control().requestBodies(OPERATION));
    }

    @Test
    void aBodyOfTheLimitIsRead() {
        assertEquals(201, client.post("/venuecategories", body(LIMIT)).status());
        assertEquals(LIMIT, SIM.simulator().control().requestBodies(OPERATION).get(0).length());
    }

    @Test
    void aContentLengthOverTheLimitIs413BeforeTheBodyIsSent() throws IOException {
        try (Socket socket = open()) {
            socket.getOutputStream().write(head("Content-Length: " + (LIMIT + 1)));
            socket.getOutputStream().flush();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(socket));
        }
        assertEquals(List.of(), SIM.simulator().control().requestBodies(OPERATION));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("Transfer-Encoding: chunked"));
            try {
                for (int sent = 0; sent <= LIMIT; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server may answer and close before the client has sent all
            }
            String status = statusLine(socket);
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
        }
        assertEquals(List.of(), SIM.simulator().control().requestBodies(OPERATION));
    }

    /**
     * A body without bytes, chunked or with no framing at all, is refused as missing on the paths read in one pass
     * (positions) as on the others, not answered with an internal error.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/locations", "/locations/list", "/venuecategories" })
    void aBodyWithoutBytesIsMissing(String path) throws IOException {
        for (String framing : List.of("Transfer-Encoding: chunked", "Connection: close")) {
            try (Socket socket = open()) {
                OutputStream out = socket.getOutputStream();
                out.write(head(path, framing));
                if (framing.startsWith("Transfer-Encoding")) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                assertEquals("HTTP/1.1 400 Bad Request", statusLine(socket), path + " with " + framing);
            }
        }
    }

    /** A venue category of exactly {@code size} bytes of JSON: a name and a field the document does not know. */
    private static String body(int size) {
        String start = "{\"name\":\"Size " + size + "\",\"padding\":\"";
        return start + "x".repeat(size - start.length() - 2) + "\"}";
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", SIM.simulator().port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private byte[] head(String framing) {
        return head("/venuecategories", framing);
    }

    private byte[] head(String path, String framing) {
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + client.authenticate() + "\r\n" + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }
}
