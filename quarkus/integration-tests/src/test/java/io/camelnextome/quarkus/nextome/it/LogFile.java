package io.camelnextome.quarkus.nextome.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log file the application under test writes (quarkus.log.file.path in application.properties). */
final class LogFile {

    private static final Path PATH = Path.of("target/nextome-it.log");

    private LogFile() {
    }

    static void assertMentions(String text) {
        assertTrue(read().contains(text), () -> PATH + " does not mention " + text);
    }

    static void assertDoesNotContain(String secret) {
        assertFalse(read().contains(secret), () -> PATH + " contains a secret");
    }

    private static String read() {
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
