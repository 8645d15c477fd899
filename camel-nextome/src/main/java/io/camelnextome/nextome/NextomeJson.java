package io.camelnextome.nextome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The JSON binding of the component: one shared, thread-safe {@link ObjectMapper} that ignores unknown
 * properties, omits nulls, reads unknown enum values as {@code UNKNOWN} and repeated string values into one String
 * ({@link RepeatedStrings}); plus the result conversion.
 */
public final class NextomeJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("nextome-repeated-strings").addDeserializer(String.class, new RepeatedStrings()))
            .build();

    private NextomeJson() {
    }

    /** Reads a response body as {@code type}; an empty body is null, and a String result may be plain text. */
    static Object read(ObjectReader reader, JavaType type, byte[] body) throws IOException {
        if (body.length == 0) {
            return null;
        }
        if (type.getRawClass() == String.class && body[0] != '"') {
            return new String(body, StandardCharsets.UTF_8);
        }
        return reader.readValue(body);
    }

    /** Reads a response body as it arrives, for a result type other than String; an empty body is null. */
    static Object read(ObjectReader reader, InputStream body) throws IOException {
        try (JsonParser parser = reader.createParser(body)) {
            return parser.nextToken() == null ? null : reader.readValue(parser);
        }
    }
}
