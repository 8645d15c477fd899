package io.camelnextome.simulator.schema;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * One object of a schema read from a parser, field by field, without a tree of the whole body: {@link #read} keeps
 * the values of the schema's fields (the last one of a field named twice, as a Map would) and skips the others, then
 * checks them with the schema's own rules in the order {@link Schema#normalize} does, so that a body is refused with
 * the same message either way. One instance is reused for every object of a body.
 */
public final class ObjectValues {

    /** Decimals longer than this are read by the parser itself (which checks their length against its limits). */
    private static final int MAX_DECIMAL_CHARS = 64;

    private final Schema.Field[] fields;
    /** The fields' names side by side, scanned by {@link #slotOf}. */
    private final String[] fieldNames;
    /** The fields' names, quoted and encoded once. */
    private final SerializedString[] names;
    private final Map<String, Integer> slots = new HashMap<>();
    /**
     * The slot of the n-th field of the object read before: the objects of one body name their fields in the same
     * order, and the parser's field names are interned, so one comparison mostly finds the slot.
     */
    private int[] lastOrder = new int[8];
    private final String[] required;
    /** Per slot: the value read, then checked; null when absent. A nested object's value is its {@link #nested}. */
    private final Object[] values;
    private final ObjectValues[] nested;
    /** Slots set by {@link #complete}, in that order: written after the fields read, as a Map appends them. */
    private final int[] completed;
    private int completedCount;

    ObjectValues(Schema schema) {
        fields = schema.fields();
        required = schema.required().toArray(String[]::new);
        fieldNames = new String[fields.length];
        names = new SerializedString[fields.length];
        values = new Object[fields.length];
        nested = new ObjectValues[fields.length];
        completed = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            slots.put(fields[i].name(), i);
            fieldNames[i] = fields[i].name();
            names[i] = new SerializedString(fields[i].name());
            if (fields[i].type() == FieldType.OBJECT) {
                nested[i] = new ObjectValues(fields[i].nested());
            }
        }
    }

    /** Reads the object whose START_OBJECT the parser is at, up to its END_OBJECT, and checks it. */
    void read(JsonParser parser, Supplier<String> where) throws IOException {
        readValues(parser);
        check(where);
    }

    /** The values of the object (a nested one is checked with its parent, in the parent's field order). */
    private void readValues(JsonParser parser) throws IOException {
        Arrays.fill(values, null);
        completedCount = 0;
        int n = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName(), n++) {
            JsonToken token = parser.nextToken();
            int slot = slot(name, n);
            if (slot < 0) {
                parser.skipChildren();
            } else if (token == JsonToken.START_OBJECT && nested[slot] != null) {
                values[slot] = nested[slot];
                nested[slot].readValues(parser);
            } else {
                values[slot] = value(parser, token);
            }
        }
    }

    /** The slot of a field name, -1 for a field the schema does not know. */
    private int slot(String name, int n) {
        if (n < lastOrder.length) {
            int guess = lastOrder[n];
            if (guess < fieldNames.length && fieldNames[guess] == name) {
                return guess;
            }
        } else {
            lastOrder = Arrays.copyOf(lastOrder, n * 2);
        }
        Integer slot = slots.get(name);
        lastOrder[n] = slot == null ? fields.length : slot;
        return slot == null ? -1 : slot;
    }

    /**
     * The slot of a field the caller names: its name is mostly the very String of the schema (both are literals), so
     * a scan by identity finds it before the map is asked (a batch looks up a dozen fields per position).
     */
    private int slotOf(String field) {
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i] == field) {
                return i;
            }
        }
        return slots.get(field);
    }

    private void check(Supplier<String> where) {
        for (String field : required) {
            if (values[slotOf(field)] == null) {
                throw Schema.missing(field, where);
            }
        }
        for (int i = 0; i < fields.length; i++) {
            Object value = values[i];
            if (value instanceof ObjectValues) {
                ((ObjectValues) value).check(fields[i].path(where));
            } else if (value != null) {
                values[i] = fields[i].check(value, where);
            }
        }
    }

    /** A value as Vert.x's decoder gives it: Integer, Long, BigInteger or Double, String, Boolean, a tree, null. */
    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_OBJECT:
                JsonObject object = new JsonObject();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.put(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                JsonArray array = new JsonArray();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                return array;
            default:
                throw new IOException("Unexpected token " + token);
        }
    }

    /**
     * A decimal as {@link JsonParser#getNumberValue} gives it (a Double, read by the same fast parser), from the
     * parser's characters: getNumberValue made a String of them first, for each coordinate of each position.
     */
    private static Double decimal(JsonParser parser) throws IOException {
        if (parser.getTextLength() > MAX_DECIMAL_CHARS) {
            // the parser's own path, with its checks of a number's length
            return (Double) parser.getNumberValue();
        }
        return NumberInput.parseDouble(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), true);
    }

    public Long getLong(String field) {
        Number value = (Number) values[slotOf(field)];
        return value == null ? null : value.longValue();
    }

    public double getDouble(String field, double absent) {
        Number value = (Number) values[slotOf(field)];
        return value == null ? absent : value.doubleValue();
    }

    public String getString(String field) {
        return (String) values[slotOf(field)];
    }

    /** The nested object of an object field; null when absent. */
    public ObjectValues getObject(String field) {
        return (ObjectValues) values[slotOf(field)];
    }

    /** Sets an absent field (a default of the server's), to be written after the fields read. */
    public void complete(String field, Object value) {
        int slot = slotOf(field);
        if (values[slot] == null) {
            values[slot] = value;
            completed[completedCount++] = slot;
        }
    }

    /** Writes the object as {@link Schema#normalize}'s result is written: the fields in the schema's order. */
    void write(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        for (int i = 0; i < fields.length; i++) {
            if (values[i] != null && !isCompleted(i)) {
                write(generator, i);
            }
        }
        for (int i = 0; i < completedCount; i++) {
            write(generator, completed[i]);
        }
        generator.writeEndObject();
    }

    private void write(JsonGenerator generator, int slot) throws IOException {
        generator.writeFieldName(names[slot]);
        Object value = values[slot];
        // as Vert.x's encoder writes the values of a JsonObject
        if (value instanceof ObjectValues) {
            ((ObjectValues) value).write(generator);
        } else if (value instanceof String) {
            generator.writeString((String) value);
        } else if (value instanceof Long) {
            generator.writeNumber((Long) value);
        } else if (value instanceof Double) {
            generator.writeNumber((Double) value);
        } else if (value instanceof Integer) {
            generator.writeNumber((Integer) value);
        } else {
            JacksonCodec.encodeJson(value, generator);
        }
    }

    private boolean isCompleted(int slot) {
        for (int i = 0; i < completedCount; i++) {
            if (completed[i] == slot) {
                return true;
            }
        }
        return false;
    }
}
