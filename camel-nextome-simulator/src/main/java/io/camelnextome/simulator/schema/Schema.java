package io.camelnextome.simulator.schema;

import io.camelnextome.simulator.http.ApiException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One DTO of the OpenAPI document: its field names and types. {@link #normalize} checks a request body
 * against it and keeps only the known fields, as a Jackson-bound server would (unknown fields ignored,
 * wrong types refused).
 */
public final class Schema {

    private final String name;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Set<String> required;

    private Schema(String name, Set<String> required) {
        this.name = name;
        this.required = required;
    }

    public static Schema named(String name, String... required) {
        return new Schema(name, Set.of(required));
    }

    public Schema integer(String field) {
        return add(new Field(field, FieldType.INTEGER, null, null));
    }

    public Schema number(String field) {
        return add(new Field(field, FieldType.NUMBER, null, null));
    }

    public Schema string(String field) {
        return add(new Field(field, FieldType.STRING, null, null));
    }

    public Schema bool(String field) {
        return add(new Field(field, FieldType.BOOLEAN, null, null));
    }

    public Schema enumeration(String field, List<String> values) {
        return add(new Field(field, FieldType.STRING, values, null));
    }

    public Schema object(String field, Schema nested) {
        return add(new Field(field, FieldType.OBJECT, null, nested));
    }

    public Schema array(String field, Schema items) {
        return add(new Field(field, FieldType.ARRAY, null, items));
    }

    private Schema add(Field field) {
        fields.put(field.name(), field);
        return this;
    }

    public String name() {
        return name;
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /** Parses a request body, as received, that must be one object of this schema. */
    public JsonObject parseObject(Buffer body) {
        Object value = BodyParser.parse(body, name);
        if (!(value instanceof JsonObject)) {
            throw ApiException.badRequest("The request body must be a JSON object (" + name + ")");
        }
        return normalize((JsonObject) value, () -> name);
    }

    /** Parses a request body, as received, that must be an array of objects of this schema. */
    public JsonArray parseArray(Buffer body) {
        Object value = BodyParser.parse(body, "array of " + name);
        if (!(value instanceof JsonArray)) {
            throw ApiException.badRequest("The request body must be a JSON array of " + name);
        }
        JsonArray in = (JsonArray) value;
        JsonArray out = new JsonArray();
        for (int i = 0; i < in.size(); i++) {
            Object item = in.getValue(i);
            if (!(item instanceof JsonObject)) {
                throw ApiException.badRequest("Item " + i + " of the request body must be a JSON object (" + name + ")");
            }
            int index = i;
            out.add(normalize((JsonObject) item, () -> name + "[" + index + "]"));
        }
        return out;
    }

    /** {@code where} names the object in error messages; it is built only for one (a batch holds 1000 objects). */
    JsonObject normalize(JsonObject in, Supplier<String> where) {
        for (String field : required) {
            if (in.getValue(field) == null) {
                throw ApiException.badRequest("Field '" + field + "' of " + where.get() + " is required");
            }
        }
        JsonObject out = new JsonObject();
        for (Field field : fields.values()) {
            Object value = in.getValue(field.name());
            if (value != null) {
                out.put(field.name(), field.check(value, where));
            }
        }
        return out;
    }

    private record Field(String name, FieldType type, List<String> values, Schema nested) {

        Object check(Object value, Supplier<String> where) {
            Supplier<String> path = () -> where.get() + "." + name;
            switch (type) {
                case INTEGER:
                    if (value instanceof Integer || value instanceof Long) {
                        return value;
                    }
                    throw wrongType(path, "an integer", value);
                case NUMBER:
                    if (value instanceof Number) {
                        return value;
                    }
                    throw wrongType(path, "a number", value);
                case BOOLEAN:
                    if (value instanceof Boolean) {
                        return value;
                    }
                    throw wrongType(path, "a boolean", value);
                case STRING:
                    if (!(value instanceof String)) {
                        throw wrongType(path, "a string", value);
                    }
                    if (values == null) {
                        return value;
                    }
                    int known = values.indexOf(value);
                    if (known < 0) {
                        throw ApiException.badRequest("Field '" + path.get() + "' must be one of " + values + ", not '" + value + "'");
                    }
                    // the schema's own String: a stored position keeps no copy of "UWB" of its own
                    return values.get(known);
                case OBJECT:
                    if (value instanceof JsonObject) {
                        return nested.normalize((JsonObject) value, path);
                    }
                    throw wrongType(path, "an object", value);
                default:
                    if (!(value instanceof JsonArray)) {
                        throw wrongType(path, "an array", value);
                    }
                    JsonArray items = (JsonArray) value;
                    JsonArray out = new JsonArray();
                    for (int i = 0; i < items.size(); i++) {
                        Object item = items.getValue(i);
                        int index = i;
                        Supplier<String> itemPath = () -> path.get() + "[" + index + "]";
                        if (!(item instanceof JsonObject)) {
                            throw wrongType(itemPath, "an object", item);
                        }
                        out.add(nested.normalize((JsonObject) item, itemPath));
                    }
                    return out;
            }
        }

        private static ApiException wrongType(Supplier<String> path, String expected, Object value) {
            return ApiException.badRequest("Field '" + path.get() + "' must be " + expected + ", not " + describe(value));
        }

        private static String describe(Object value) {
            return value instanceof String ? "the string '" + value + "'" : String.valueOf(value);
        }
    }
}
