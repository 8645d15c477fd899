package io.camelnextome.nextome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.NextomeOperations;
import io.camelnextome.nextome.operation.OperationOption;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docs follow the code: every option of the generated component JSON is in the component reference, and
 * the operations table is the one the catalog renders. Run with {@code -Dnextome.docs.update=true} to rewrite
 * the operations table.
 */
class DocsTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void theReferenceMentionsEveryGeneratedOption() throws Exception {
        JsonNode json;
        try (var in = getClass().getResourceAsStream("/META-INF/io/camelnextome/nextome/nextome.json")) {
            json = NextomeJson.MAPPER.readTree(in);
        }
        String reference = Files.readString(DOCS.resolve("component.md"));
        List<String> missing = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            json.get(section).fieldNames().forEachRemaining(name -> {
                if (!reference.contains("`" + name + "`")) {
                    missing.add(section + "." + name);
                }
            });
        }
        assertTrue(missing.isEmpty(), "docs/component.md does not mention " + missing);
    }

    @Test
    void theOperationsTableIsTheCatalogs() throws Exception {
        Path file = DOCS.resolve("operations.md");
        String rendered = renderOperations();
        if (Boolean.getBoolean("nextome.docs.update")) {
            Files.writeString(file, rendered);
        }
        assertEquals(rendered, Files.readString(file), "docs/operations.md is stale: run DocsTest with "
                                                      + "-Dnextome.docs.update=true");
    }

    static String renderOperations() {
        StringBuilder md = new StringBuilder("""
                # Operations

                Generated from the operation catalog (`NextomeOperations`) by `DocsTest`; do not edit by hand.
                Every option can also be given as the header `CamelNextome.<option>`, which wins over the URI.
                `*` marks a required option; `integer` marks an `id` that this API requires to be a number.

                | URI | HTTP | Path | Options (option = wire name) | Body | Result |
                |-----|------|------|------------------------------|------|--------|
                """);
        for (NextomeOperation operation : NextomeOperations.all()) {
            String options = operation.options().stream().map(DocsTest::describe).collect(Collectors.joining(", "));
            md.append("| `nextome:").append(operation.name()).append("` | ").append(operation.httpMethod())
                    .append(" | `").append(operation.pathTemplate()).append("` | ").append(options).append(" | ")
                    .append(operation.bodyTypeName().replace("<", "&lt;").replace(">", "&gt;")).append(" | ")
                    .append(operation.resultTypeName().replace("<", "&lt;").replace(">", "&gt;")).append(" |\n");
        }
        return md.toString();
    }

    private static String describe(OperationOption option) {
        String name = "`" + option.name() + "`" + (option.required() ? "*" : "");
        String wire = option.wireName().equals(option.name()) ? "" : " = " + option.wireName();
        String where = option.location() == OperationOption.Location.PATH ? " (path" : " (query";
        return name + wire + where + ", " + option.typeDescription() + ")";
    }
}
