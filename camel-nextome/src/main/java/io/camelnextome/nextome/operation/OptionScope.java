package io.camelnextome.nextome.operation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Refuses, when an endpoint is created, an operation option written on its URI that its operation does not take
 * ({@code nextome:trackables/get?venueId=5}): the option would be ignored, and the user would not learn why the
 * call does not do what the URI says. Only the operation options (of any operation, and those of
 * {@code nextome:raw}) are checked; connection, transport, retry and consumer options apply to every endpoint. The
 * same options set on the component are defaults for the endpoints that take them, and are not checked.
 */
public final class OptionScope {

    /** The options of {@code nextome:raw}. */
    public static final List<String> RAW_OPTIONS = List.of("httpMethod", "path", "outputClass");

    /** Every operation option by its lower-case name (Camel binds URI options case-insensitively). */
    private static final Map<String, String> SCOPED = Stream.concat(
            NextomeOperations.all().stream().flatMap(operation -> operation.options().stream())
                    .map(OperationOption::name),
            RAW_OPTIONS.stream())
            .distinct()
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), Function.identity()));

    private OptionScope() {
    }

    /**
     * @param operation  the endpoint's operation, or null for {@code nextome:raw}
     * @param uriOptions the option names written on the endpoint URI
     * @throws IllegalArgumentException naming the first foreign option and the operation's valid options
     */
    public static void check(NextomeOperation operation, Collection<String> uriOptions) {
        String operationName = operation == null ? "raw" : operation.name();
        List<String> validOptions = operation == null ? RAW_OPTIONS
                : operation.options().stream().map(OperationOption::name).toList();
        for (String given : uriOptions) {
            String option = SCOPED.get(given.toLowerCase(Locale.ROOT));
            if (option != null && validOptions.stream().noneMatch(option::equalsIgnoreCase)) {
                throw new IllegalArgumentException("Option '" + given + "' does not apply to nextome:" + operationName
                                                   + ": its options are "
                                                   + (validOptions.isEmpty() ? "none" : String.join(", ", validOptions))
                                                   + " (besides the connection, transport, retry and consumer options)");
            }
        }
    }
}
