package io.camelnextome.quarkus.nextome.it;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
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
import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.consumer.FileWatermarkRepository;
import io.camelnextome.nextome.geo.GeoLocationDto;
import io.camelnextome.nextome.model.TrackableDto;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the native-image build inputs that every build produces (quarkus.native.sources-only) without compiling
 * them: what Camel and Jackson reach by reflection in the component must be registered for it. The model classes,
 * which Jackson binds; the component and its generated configurers and URI factory, which Camel instantiates from
 * their service files; and the watermark repositories, which YAML routes and Camel Main declare by class name and
 * bind through setters, inherited ones included.
 */
class NativeSourcesIT {

    private static final String REFLECT_CONFIG = "META-INF/native-image/reflect-config.json";
    private static final String COMPONENT_PACKAGE = NextomeComponent.class.getPackageName();
    private static final String MODEL_PACKAGE = TrackableDto.class.getPackageName();
    private static final String CONSTRUCTORS = "allDeclaredConstructors";
    private static final String METHODS = "allDeclaredMethods";
    private static final String FIELDS = "allDeclaredFields";

    @Test
    void everyModelClassIsRegisteredForReflection() throws IOException {
        List<String> modelClasses = componentClasses().stream()
                .filter(name -> name.startsWith(MODEL_PACKAGE + ".") && name.indexOf('.', MODEL_PACKAGE.length() + 1) < 0)
                .toList();
        assertTrue(modelClasses.size() >= 18, "the model package holds the 18 schemas of the API: " + modelClasses);
        assertRegistered(modelClasses, CONSTRUCTORS, METHODS, FIELDS);
    }

    /** The geo package's DTOs (GeoLocationDto, GeoRoomDto, GeoFenceDto) are what coordinates=WGS84 delivers. */
    @Test
    void everyGeoDtoIsRegisteredForReflection() throws IOException {
        String geoPackage = GeoLocationDto.class.getPackageName();
        List<String> geoDtos = componentClasses().stream()
                .filter(name -> name.startsWith(geoPackage + ".") && name.endsWith("Dto"))
                .toList();
        assertTrue(geoDtos.size() >= 3, "positions, rooms and fences: " + geoDtos);
        assertRegistered(geoDtos, CONSTRUCTORS, METHODS, FIELDS);
    }

    @Test
    void theComponentItsConfigurersAndUriFactoryAreRegistered() throws IOException {
        List<String> names = componentClasses().stream()
                .filter(name -> name.startsWith(COMPONENT_PACKAGE + ".Nextome")
                                && (name.endsWith("Component") || name.endsWith("Configurer")
                                    || name.endsWith("UriFactory")))
                .toList();
        assertTrue(names.size() >= 5, "the component, three configurers and the URI factory: " + names);
        assertRegistered(names, CONSTRUCTORS, METHODS);
    }

    /** Every public watermark repository the component ships, with the classes it inherits setters from. */
    @Test
    void everyStateRepositoryIsRegisteredWithItsSetters() throws IOException {
        List<String> hierarchy = new ArrayList<>();
        for (Class<?> repository : stateRepositories()) {
            for (Class<?> type = repository; type != Object.class; type = type.getSuperclass()) {
                hierarchy.add(type.getName());
            }
        }
        assertTrue(hierarchy.contains(FileWatermarkRepository.class.getName()), hierarchy::toString);
        assertTrue(hierarchy.contains(FileStateRepository.class.getName()), "the parent of FileWatermarkRepository");
        assertRegistered(hierarchy, CONSTRUCTORS, METHODS);
    }

    private static void assertRegistered(List<String> classNames, String... flags) throws IOException {
        Map<String, JsonNode> registered = reflectionRegistrations();
        List<String> missing = new ArrayList<>();
        for (String className : classNames) {
            JsonNode entry = registered.get(className);
            if (entry == null || !Stream.of(flags).allMatch(flag -> entry.path(flag).asBoolean())) {
                missing.add(className + " -> " + entry);
            }
        }
        assertEquals(List.of(), missing, "not registered for reflection with " + List.of(flags));
    }

    private static List<Class<?>> stateRepositories() throws IOException {
        List<Class<?>> repositories = new ArrayList<>();
        for (String name : componentClasses()) {
            try {
                Class<?> type = Class.forName(name, false, NativeSourcesIT.class.getClassLoader());
                if (StateRepository.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
                    && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    repositories.add(type);
                }
            } catch (ClassNotFoundException | LinkageError notLoadable) {
                // a class whose optional dependencies are absent here is no repository this application can use
            }
        }
        return repositories;
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

    /** The classes of the component jar (or its classes directory), nested ones excepted. */
    private static List<String> componentClasses() throws IOException {
        Path location;
        try {
            location = Path.of(NextomeComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(ZipEntry::getName).forEach(names::add);
            }
        }
        return names.stream()
                .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("META-INF/"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
    }
}
