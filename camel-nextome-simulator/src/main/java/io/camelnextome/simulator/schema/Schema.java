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

    /** The fields in the document's order, the order an object of this schema is written in. */
    Field[] fields() {
        return fields.values().toArray(Field[]::new);
    }

    Set<String> required() {
        return required;
    }

    /** Parses a request body, as received, that must be one object of this schema. */
    public JsonObject parseObject(Buffer body) {
        Object value = BodyParser.parse(body, name);
        if (!(value instanceof JsonObject)) {
            throw notAnObject();
        }
        return normalize((JsonObject) value, () -> name);
    }

    /** Parses a request body, as received, that must be an array of objects of this schema. */
    public JsonArray parseArray(Buffer body) {
        Object value = BodyParser.parse(body, "array of " + name);
        if (!(value instanceof JsonArray)) {
            throw notAnArray();
        }
        JsonArray in = (JsonArray) value;
        JsonArray out = new JsonArray();
        for (int i = 0; i < in.size(); i++) {
            Object item = in.getValue(i);
            if (!(item instanceof JsonObject)) {
                throw itemNotAnObject(i);
            }
            out.add(normalize((JsonObject) item, itemName(i)));
        }
        return out;
    }

    ApiException notAnObject() {
        return ApiException.badRequest("The request body must be a JSON object (" + name + ")");
    }

    ApiException notAnArray() {
        return ApiException.badRequest("The request body must be a JSON array of " + name);
    }

    ApiException itemNotAnObject(int index) {
        return ApiException.badRequest("Item " + index + " of the request body must be a JSON object (" + name + ")");
    }

    /** How errors name item {@code index} of a body's array. */
    Supplier<String> itemName(int index) {
        return () -> name + "[" + index + "]";
    }

    static ApiException missing(String field, Supplier<String> where) {
        return ApiException.badRequest("Field '" + field + "' of " + where.get() + " is required");
    }

    /** {@code where} names the object in error messages; it is built only for one (a batch holds 1000 objects). */
    JsonObject normalize(JsonObject in, Supplier<String> where) {
        for (String field : required) {
            if (in.getValue(field) == null) {
                throw missing(field, where);
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

    /** One field: {@link #check} refuses a value of another type (naming the field) and normalizes the rest. */
    record Field(String name, FieldType type, List<String> values, Schema nested) {

        /** How errors name this field of the object {@code where} names. */
        Supplier<String> path(Supplier<String> where) {
            return () -> where.get() + "." + name;
        }

        /** {@code where} names the object; this field's path is made only for an error or a nested value. */
        Object check(Object value, Supplier<String> where) {
            switch (type) {
                case INTEGER:
                    if (value instanceof Integer || value instanceof Long) {
                        return value;
                    }
                    throw wrongType(path(where), "an integer", value);
                case NUMBER:
                    if (value instanceof Number) {
                        return value;
                    }
                    throw wrongType(path(where), "a number", value);
                case BOOLEAN:
                    if (value instanceof Boolean) {
                        return value;
                    }
                    throw wrongType(path(where), "a boolean", value);
                case STRING:
                    if (!(value instanceof String)) {
                        throw wrongType(path(where), "a string", value);
                    }
                    if (values == null) {
                        return value;
                    }
                    int known = values.indexOf(value);
                    if (known < 0) {
                        throw ApiException.badRequest("Field '" + path(where).get() + "' must be one of " + values + ", not '" + value + "'");
                    }
                    // the schema's own String: a stored position keeps no copy of "UWB" of its own
                    return values.get(known);
                case OBJECT:
                    if (value instanceof JsonObject) {
                        return nested.normalize((JsonObject) value, path(where));
                    }
                    throw wrongType(path(where), "an object", value);
                default:
                    if (!(value instanceof JsonArray)) {
                        throw wrongType(path(where), "an array", value);
                    }
                    Supplier<String> path = path(where);
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
