package io.camelnextome.quarkus.nextome.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log file the application under test writes (quarkus.log.file.path in application.properties), which begins
 * anew each time the application starts.
 */
final class LogFile {

    private static final Path PATH = Path.of("target/nextome-it.log");
    private static final String STARTED = "Installed features:";
    /** A JSON Web Token, the form of the access tokens Nextome (and the simulator) issue. */
    private static final Pattern ACCESS_TOKEN = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+");

    private LogFile() {
    }

    /** The file holds the log of the running application only, not of an earlier start or build. */
    static void assertHoldsOneStart() {
        String log = read();
        int starts = log.split(Pattern.quote(STARTED), -1).length - 1;
        assertEquals(1, starts, () -> PATH + " holds " + starts + " application starts");
    }

    static void assertMentions(String text) {
        assertTrue(read().contains(text), () -> PATH + " does not mention " + text);
    }

    static void assertDoesNotContain(String secret) {
        assertFalse(read().contains(secret), () -> PATH + " contains a secret");
    }

    static void assertNoAccessToken() {
        Matcher token = ACCESS_TOKEN.matcher(read());
        assertFalse(token.find(), () -> PATH + " contains an access token at offset " + token.start());
    }

    private static String read() {
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
