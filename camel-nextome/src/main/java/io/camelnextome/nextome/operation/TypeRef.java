package io.camelnextome.nextome.operation;

import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * A body or result type: the Jackson type used on the wire and the name the contract gives it. The Jackson type is
 * made on first use: the catalog is loaded when the first endpoint is created, and Jackson's {@code TypeFactory}
 * with it would load some 50 classes before the app reports started, which only a call needs.
 */
final class TypeRef {

    private final Class<?> type;
    /** Whether the wire type is a List of {@code type}. */
    private final boolean list;
    private final String name;
    /** Racy but safe: a JavaType is immutable, and two first uses at once make two equal ones. */
    private JavaType javaType;

    private TypeRef(Class<?> type, boolean list, String name) {
        this.type = type;
        this.list = list;
        this.name = name;
    }

    static TypeRef of(Class<?> type) {
        return new TypeRef(type, false, type.getSimpleName());
    }

    static TypeRef listOf(Class<?> element) {
        return new TypeRef(element, true, "List<" + element.getSimpleName() + ">");
    }

    JavaType javaType() {
        JavaType current = javaType;
        if (current == null) {
            TypeFactory types = TypeFactory.defaultInstance();
            current = list ? types.constructCollectionType(List.class, type) : types.constructType(type);
            javaType = current;
        }
        return current;
    }

    String name() {
        return name;
    }
}
