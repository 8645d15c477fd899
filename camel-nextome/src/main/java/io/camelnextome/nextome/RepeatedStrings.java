package io.camelnextome.nextome;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads JSON strings into one shared String per repeated value: Nextome's records repeat the same short values
 * (trackable ids, tag names and labels, UUIDs, types, room labels) in every record, and an incremental consumer holds a
 * window of thousands of records, whose duplicate Strings were almost half of its heap. A small direct-mapped cache
 * of recent values, looked up by the parser's characters before a String is made; a miss replaces the slot. Strings
 * are immutable, so threads racing on a slot see either value, both correct.
 */
final class RepeatedStrings extends StdScalarDeserializer<String> {

    /** Values longer than this are rarely repeated; they are read as usual. */
    private static final int MAX_LENGTH = 64;
    private static final int SLOTS = 1024;

    private final String[] slots = new String[SLOTS];

    RepeatedStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING) || parser.getTextLength() > MAX_LENGTH) {
            return StringDeserializer.instance.deserialize(parser, context);
        }
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + text[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String cached = slots[slot];
        if (cached != null && matches(cached, text, offset, length)) {
            return cached;
        }
        String value = new String(text, offset, length);
        slots[slot] = value;
        return value;
    }

    /** An empty String, as {@link StringDeserializer}: what {@code @JsonSetter(nulls = Nulls.AS_EMPTY)} reads. */
    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }

    private static boolean matches(String cached, char[] text, int offset, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != text[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
