package io.camelnextome.nextome.operation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;

/**
 * One operation of the Nextostats API as the endpoint {@code nextome:<api>/<method>} exposes it. Everything the
 * producer needs per call (the parsed path template, the options, the Jackson types of body and result) is
 * computed once here.
 */
public final class NextomeOperation {

    private final String api;
    private final String method;
    private final String httpMethod;
    private final PathTemplate path;
    private final List<OperationOption> options;
    private final TypeRef body;
    private final TypeRef result;
    /** Path variable (wire name) to the option that fills it. */
    private final Map<String, String> pathOptionByWireName = new HashMap<>();

    NextomeOperation(String api, String method, String httpMethod, String pathTemplate, List<OperationOption> options,
                     TypeRef body, TypeRef result) {
        this.api = api;
        this.method = method;
        this.httpMethod = httpMethod;
        this.path = new PathTemplate(pathTemplate);
        this.options = List.copyOf(options);
        this.body = body;
        this.result = result;
        for (String variable : path.variables()) {
            OperationOption option = options.stream()
                    .filter(o -> o.location() == OperationOption.Location.PATH && o.wireName().equals(variable))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No option for {" + variable + "} of " + name()));
            pathOptionByWireName.put(variable, option.name());
        }
    }

    public String api() {
        return api;
    }

    public String method() {
        return method;
    }

    /** {@code api/method}, as written after {@code nextome:}. */
    public String name() {
        return api + "/" + method;
    }

    public String httpMethod() {
        return httpMethod;
    }

    public String pathTemplate() {
        return path.template();
    }

    /** The key the API document (and the simulator's counters) use: {@code "GET /trackables/{tid}"}. */
    public String specKey() {
        return httpMethod + " " + path.template();
    }

    public List<OperationOption> options() {
        return options;
    }

    public OperationOption option(String name) {
        for (OperationOption option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /** The request body type, or null when the operation sends no body. */
    public JavaType bodyType() {
        return body == null ? null : body.javaType();
    }

    /** The body type as the contract writes it ({@code List<LocationDto>}), empty when there is none. */
    public String bodyTypeName() {
        return body == null ? "" : body.name();
    }

    /** The result type, or null when the operation answers with no body. */
    public JavaType resultType() {
        return result == null ? null : result.javaType();
    }

    /** The result type as the contract writes it, or "(none)". */
    public String resultTypeName() {
        return result == null ? "(none)" : result.name();
    }

    /**
     * The request path below {@code basePath}, with the path options' values (by option name) percent-encoded in, in
     * a builder to which the caller may append the query, sized for the template and an id or two.
     */
    public StringBuilder expandPath(String basePath, Map<String, Object> values) {
        StringBuilder target = new StringBuilder(basePath.length() + path.length() + 16).append(basePath);
        path.expand(wire -> values.get(pathOptionByWireName.get(wire)), target);
        return target;
    }

    @Override
    public String toString() {
        return "nextome:" + name() + " (" + specKey() + ")";
    }
}
