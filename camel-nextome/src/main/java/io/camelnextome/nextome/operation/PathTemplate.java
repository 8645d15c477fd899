package io.camelnextome.nextome.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A path template such as {@code /trackables/{tid}/positions}, parsed once. Expanding it percent-encodes every
 * value so that a value such as {@code ../x} stays one path segment.
 */
final class PathTemplate {

    private final String template;
    /** Literal text at even indexes, variable names at odd indexes. */
    private final List<String> parts = new ArrayList<>();

    PathTemplate(String template) {
        this.template = template;
        int from = 0;
        while (true) {
            int open = template.indexOf('{', from);
            if (open < 0) {
                parts.add(template.substring(from));
                return;
            }
            int close = template.indexOf('}', open);
            parts.add(template.substring(from, open));
            parts.add(template.substring(open + 1, close));
            from = close + 1;
        }
    }

    String template() {
        return template;
    }

    List<String> variables() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < parts.size(); i += 2) {
            names.add(parts.get(i));
        }
        return names;
    }

    /** Appends the template to {@code path}, with the values of the path variables, looked up by wire name. */
    void expand(Function<String, Object> valueByWireName, StringBuilder path) {
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            path.append(i % 2 == 0 ? part : UrlEncoding.pathSegment(String.valueOf(valueByWireName.apply(part))));
        }
    }

    /** The length of the template, a hint for the size of an expanded path. */
    int length() {
        return template.length();
    }
}
