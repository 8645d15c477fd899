package io.camelnextome.nextome.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape the Apache Camel Kamelet catalog gives its Kamelets, checked on each of ours: what Camel K, JBang and
 * camel-kafka-connector's generator read from the definition must be there and agree with the template.
 */
class KameletCatalogConventionsTest {

    private static final Set<String> TYPES = Set.of("source", "sink", "action");
    private static final Set<String> SECRETS = Set.of("clientSecret");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");

    static Stream<Path> kamelets() throws URISyntaxException, IOException {
        Path dir = Path.of(KameletCatalogConventionsTest.class.getResource("/kamelets").toURI());
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".kamelet.yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    @SuppressWarnings("unchecked")
    void followsTheCatalogConventions(Path file) throws Exception {
        Map<String, Object> kamelet = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file));
        Map<String, Object> metadata = (Map<String, Object>) kamelet.get("metadata");
        Map<String, Object> spec = (Map<String, Object>) kamelet.get("spec");
        Map<String, Object> definition = (Map<String, Object>) spec.get("definition");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");

        assertEquals("Kamelet", kamelet.get("kind"));
        assertEquals(file.getFileName().toString().replace(".kamelet.yaml", ""), metadata.get("name"));
        String type = (String) ((Map<String, Object>) metadata.get("labels")).get("camel.apache.org/kamelet.type");
        assertTrue(TYPES.contains(type), "kamelet.type " + type);
        assertTrue(properties.keySet().containsAll((List<String>) definition.get("required")), "required are properties");
        properties.forEach((name, property) -> {
            assertTrue(property.containsKey("title") && property.containsKey("description") && property.containsKey("type"),
                    name + " has title, description and type");
            List<String> descriptors = (List<String>) property.getOrDefault("x-descriptors", List.of());
            if (SECRETS.contains(name)) {
                assertEquals("password", property.get("format"), name + " is a password");
            }
            if (name.startsWith("client")) {
                assertTrue(descriptors.contains("urn:camel:group:credentials"), name + " is in the credentials group");
            }
        });

        // every placeholder of the template is a property, and every property is used
        String template = new ObjectMapper().writeValueAsString(spec.get("template"));
        Matcher placeholders = PLACEHOLDER.matcher(template);
        Set<String> used = new TreeSet<>();
        while (placeholders.find()) {
            used.add(placeholders.group(1));
        }
        assertEquals(new TreeSet<>(properties.keySet()), used, "placeholders of the template");

        List<String> dependencies = (List<String>) spec.get("dependencies");
        assertTrue(dependencies.contains("camel:kamelet"), "depends on camel:kamelet");
        assertTrue(dependencies.contains("mvn:io.camelnextome:camel-nextome:" + componentVersion()),
                "depends on this version of camel-nextome: " + dependencies);
    }

    private static String componentVersion() throws Exception {
        try (InputStream in = KameletCatalogConventionsTest.class.getResourceAsStream(
                "/META-INF/io/camelnextome/nextome/nextome.json")) {
            return new ObjectMapper().readTree(in).path("component").path("version").asText();
        }
    }
}
