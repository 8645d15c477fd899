package io.camelnextome.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every curl example of the README, sent as written (with $B the simulator and $T a token), gets a 200. */
class ReadmeExamplesTest {

    @RegisterExtension
    static NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    /** {@code curl -s [-X METHOD] ["]$B/path["] ... [-d 'body']}: the path ends at the closing quote or a blank. */
    private static final Pattern CURL = Pattern.compile("curl -s (?:-X (\\w+) )?\"?\\$B(/[^\"\\s]+)\"?(?:[^\n]*?-d '([^']*)')?");

    private final SimulatorClient client = new SimulatorClient(SIM.simulator());

    @Test
    void everyCurlExampleSucceeds() throws IOException {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        // a command continued on the next line is one line
        for (String line : Files.readString(Path.of("README.md")).replace("\\\n", " ").split("\n")) {
            Matcher curl = CURL.matcher(line);
            if (!curl.find()) {
                continue;
            }
            examples++;
            String method = curl.group(1) == null ? "GET" : curl.group(1);
            String path = curl.group(2);
            String token = path.startsWith("/_sim/") ? null : client.authenticate();
            SimulatorClient.Reply reply = client.send(method, path, curl.group(3), token);
            if (reply.status() != 200) {
                failures.add(method + " " + path + " -> " + reply);
            }
            client.send("DELETE", "/_sim/faults", null, null);
        }
        assertTrue(examples >= 15, "curl examples found: " + examples);
        assertEquals(List.of(), failures);
    }
}
