package io.camelnextome.nextome.operation;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.BaseStream;

/**
 * Checks and converts the option values of one call against an operation's options, before anything is sent.
 * Errors are {@link IllegalArgumentException}s that name the operation, the option and the value.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * The values of {@code operation}'s options found in {@code values} (by option name), converted to each option's
     * type; blank values count as absent. When every value is already what its option takes (the common case: an id
     * as a String, a number as a Long), {@code values} itself is returned, other entries included: a call then copies
     * no map. Otherwise a copy with the converted values. Neither map is to be modified.
     *
     * @param enforceRequired whether a missing required option is an error (false to check an endpoint's URI)
     */
    public static Map<String, Object> check(NextomeOperation operation, Map<String, Object> values,
                                            boolean enforceRequired) {
        Map<String, Object> checked = values;
        List<OperationOption> options = operation.options();
        // an index loop: a for-each over the immutable list would allocate an iterator on every call
        for (int i = 0; i < options.size(); i++) {
            OperationOption option = options.get(i);
            Object value = values.get(option.name());
            if (value == null || value instanceof String s && s.isBlank()) {
                if (enforceRequired && option.required()) {
                    throw new IllegalArgumentException("Missing required option '" + option.name() + "' for nextome:"
                                                       + operation.name() + ": set it on the endpoint or in the header "
                                                       + "CamelNextome." + option.name());
                }
                if (value != null) {
                    checked = copyOf(checked, values);
                    checked.remove(option.name());
                }
                continue;
            }
            if (multiple(value)) {
                // the call's name is made only for the error: a concatenation per option would be one per call
                throw notSingle("nextome:" + operation.name(), option.name(), value);
            }
            Object converted = convert(operation, option, value);
            if (converted != value) {
                checked = copyOf(checked, values);
                checked.put(option.name(), converted);
            }
        }
        return checked;
    }

    /** {@code checked}, or a copy of {@code values} to change while it still is {@code values}. */
    private static Map<String, Object> copyOf(Map<String, Object> checked, Map<String, Object> values) {
        return checked == values ? new HashMap<>(values) : checked;
    }

    /**
     * Refuses a container as the value of {@code option} (an Iterable such as a List or a Jackson ArrayNode, an array,
     * a Map, an Iterator, a Stream, an Optional): no Nextome operation takes a list in its path or query, and its
     * {@code toString()} ({@code [a, b]}, {@code Optional[a]}) would be sent. A one-element list is refused too: it
     * is a route that meant to send several values, or a JSONPath result, and a silent unwrap would hide which.
     *
     * @param call the call as errors name it, e.g. {@code nextome:trackables/get}
     */
    public static void requireSingle(String call, String option, Object value) {
        if (multiple(value)) {
            throw notSingle(call, option, value);
        }
    }

    private static IllegalArgumentException notSingle(String call, String option, Object value) {
        return new IllegalArgumentException("Option '" + option + "' of " + call + " takes a single value, got a "
                                            + value.getClass().getTypeName() + size(value) + ": no Nextome operation"
                                            + " takes a list; call it once per value (e.g. split the list)");
    }

    private static boolean multiple(Object value) {
        return value instanceof Iterable<?> || value instanceof Map<?, ?> || value instanceof Iterator<?>
               || value instanceof BaseStream<?, ?> || value instanceof Optional<?>
               || value != null && value.getClass().isArray();
    }

    private static String size(Object values) {
        int size = values instanceof Collection<?> items ? items.size()
                : values instanceof Map<?, ?> entries ? entries.size()
                : values.getClass().isArray() ? Array.getLength(values) : -1;
        return size < 0 ? "" : " of " + size + (size == 1 ? " element" : " elements");
    }

    private static Object convert(NextomeOperation operation, OperationOption option, Object value) {
        try {
            if (option.type() == Long.class) {
                return value instanceof Long ? value : toLong(value);
            }
            if (option.type() == Integer.class) {
                return value instanceof Integer ? value : Math.toIntExact(toLong(value));
            }
            String text = value.toString();
            if (!option.values().isEmpty()) {
                return oneOf(operation, option, text);
            }
            if (option.integerOnly()) {
                Long.parseLong(text.trim());
                return text.trim();
            }
            return text;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("Option '" + option.name() + "' of nextome:" + operation.name()
                                               + " must be " + article(option.typeDescription()) + ", got '" + value
                                               + "'");
        }
    }

    /** The allowed value {@code text} names, in the API's upper case. */
    private static String oneOf(NextomeOperation operation, OperationOption option, String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        if (!option.values().contains(value)) {
            throw new IllegalArgumentException("Option '" + option.name() + "' of nextome:" + operation.name()
                                               + " must be one of " + String.join(", ", option.values()) + ", got '"
                                               + text + "'");
        }
        return value;
    }

    private static long toLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number || value instanceof CharSequence) {
            return new BigDecimal(value.toString().trim()).longValueExact();
        }
        throw new NumberFormatException("not a number: " + value.getClass().getName());
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "Integer" -> "an " + type;
            default -> "a " + type;
        };
    }
}
