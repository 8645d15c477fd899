package io.camelnextome.quarkus.nextome.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelnextome.nextome.model.TrackableDto;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the native-image build inputs that every build produces (quarkus.native.sources-only) without compiling
 * them: each class of the component's model package must be registered for reflection with its constructors,
 * methods and fields, which is what Jackson needs to bind it in a native executable.
 */
class NativeSourcesIT {

    private static final String REFLECT_CONFIG = "META-INF/native-image/reflect-config.json";
    private static final String MODEL_PACKAGE = TrackableDto.class.getPackageName();

    @Test
    void everyModelClassIsRegisteredForReflection() throws IOException, URISyntaxException {
        Map<String, JsonNode> registered = reflectionRegistrations();
        List<String> modelClasses = modelClasses();
        assertTrue(modelClasses.size() >= 18, "the model package holds the 18 schemas of the API: " + modelClasses);

        List<String> missing = new ArrayList<>();
        for (String className : modelClasses) {
            JsonNode entry = registered.get(className);
            if (entry == null || !entry.path("allDeclaredConstructors").asBoolean()
                    || !entry.path("allDeclaredMethods").asBoolean() || !entry.path("allDeclaredFields").asBoolean()) {
                missing.add(className + " -> " + entry);
            }
        }
        assertEquals(List.of(), missing, "model classes not fully registered for reflection");
    }

    /** The reflect-config.json in the runner jar that native-image would compile, keyed by class name. */
    private static Map<String, JsonNode> reflectionRegistrations() throws IOException {
        Path runnerJar = runnerJar();
        try (JarFile jar = new JarFile(runnerJar.toFile())) {
            ZipEntry entry = jar.getEntry(REFLECT_CONFIG);
            assertFalse(entry == null, runnerJar + " has no " + REFLECT_CONFIG);
            try (InputStream in = jar.getInputStream(entry)) {
                Map<String, JsonNode> byName = new HashMap<>();
                for (JsonNode node : new ObjectMapper().readTree(in)) {
                    byName.merge(node.path("name").asText(), node, NativeSourcesIT::union);
                }
                return byName;
            }
        }
    }

    /** Quarkus may write several entries for one class; their flags add up. */
    private static JsonNode union(JsonNode a, JsonNode b) {
        ObjectNode merged = a.deepCopy();
        b.fields().forEachRemaining(field -> {
            if (field.getValue().isBoolean() && !merged.path(field.getKey()).asBoolean()) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    private static Path runnerJar() throws IOException {
        Path dir = Path.of(System.getProperty("nextome.native.sources", "target/native-sources"));
        assertTrue(Files.isDirectory(dir), dir + " is missing: was the module built with quarkus.native.sources-only?");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no *-runner.jar in " + dir));
        }
    }

    /** The classes of the model package as the component jar (or its classes directory) holds them. */
    private static List<String> modelClasses() throws IOException, URISyntaxException {
        Path location = Path.of(TrackableDto.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = MODEL_PACKAGE.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(packagePath))) {
                files.map(p -> packagePath + p.getFileName()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(ZipEntry::getName)
                        .filter(n -> n.startsWith(packagePath) && n.indexOf('/', packagePath.length()) < 0)
                        .forEach(names::add);
            }
        }
        return names.stream()
                .filter(n -> n.endsWith(".class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
    }
}
