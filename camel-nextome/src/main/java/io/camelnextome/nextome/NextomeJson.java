package io.camelnextome.nextome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON binding of the component: one shared, thread-safe {@link ObjectMapper} that ignores unknown
 * properties, omits nulls and reads unknown enum values as {@code UNKNOWN}; plus the body and result conversions.
 */
public final class NextomeJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private NextomeJson() {
    }

    /**
     * Writes a message body as the JSON of {@code type}: a DTO (or a list for a list type) is written as it is;
     * a Map, a JSON String, byte[] or InputStream is first read as {@code type}, so that a malformed body fails
     * here rather than at the server.
     */
    static byte[] write(ObjectWriter writer, ObjectReader reader, JavaType type, Object body, String operation) {
        if (body instanceof Number || body instanceof Boolean || body instanceof CharSequence && !(body instanceof String)) {
            throw new IllegalArgumentException("The body of " + operation + " must be " + describe(type)
                                               + " (or a Map, a JSON String or an InputStream), got "
                                               + body.getClass().getName());
        }
        try {
            if (type.getRawClass().isInstance(body) && !(body instanceof Map)) {
                return writer.writeValueAsBytes(body);
            }
            Object value;
            if (body instanceof String text) {
                value = reader.readValue(text);
            } else if (body instanceof byte[] bytes) {
                value = reader.readValue(bytes);
            } else if (body instanceof InputStream stream) {
                value = reader.readValue(stream);
            } else {
                value = MAPPER.convertValue(body, type);
            }
            return writer.writeValueAsBytes(value);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The body of " + operation + " cannot be converted to "
                                               + describe(type) + ": " + shortMessage(e), e);
        }
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

    static String describe(JavaType type) {
        return type.isCollectionLikeType()
                ? "a List<" + type.getContentType().getRawClass().getSimpleName() + ">"
                : "a " + type.getRawClass().getSimpleName();
    }

    private static String shortMessage(Exception e) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                ? jpe.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
