package io.camelnextome.nextome.operation;

import java.util.List;

/**
 * One option of a Nextome operation: the endpoint option name a route uses, the name it has on the wire, where
 * it goes in the request and the Java type its value must have.
 *
 * @param name        the endpoint option (and {@code CamelNextome.<name>} header) name
 * @param wireName    the path variable or query parameter name of the Nextostats API
 * @param location    path variable or query parameter
 * @param type        the Java type values are converted to ({@link String}, {@link Long} or {@link Integer})
 * @param required    whether the API requires the option
 * @param integerOnly for a {@link String} option such as {@code id}: whether this operation needs an integer
 * @param values      the values the API accepts (upper case), or empty when any value of the type goes
 */
public record OperationOption(String name, String wireName, Location location, Class<?> type, boolean required,
        boolean integerOnly, List<String> values) {

    /** Where an option goes in the request. */
    public enum Location {
        PATH,
        QUERY
    }

    /** The type a user should read in an error message or the docs. */
    public String typeDescription() {
        return integerOnly ? "integer" : type.getSimpleName();
    }
}
