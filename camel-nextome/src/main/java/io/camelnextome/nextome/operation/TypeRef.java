package io.camelnextome.nextome.operation;

import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import org.apache.camel.util.function.Suppliers;

/**
 * A body or result type: the Jackson type used on the wire and the name the contract gives it. The Jackson type is
 * made on first use: the catalog is loaded when the first endpoint is created, and Jackson's {@code TypeFactory}
 * with it would load some 50 classes before the app reports started, which only a call needs.
 */
final class TypeRef {

    private final String name;
    private final Supplier<JavaType> javaType;

    /** @param list whether the wire type is a List of {@code type} */
    private TypeRef(Class<?> type, boolean list, String name) {
        this.name = name;
        this.javaType = Suppliers.memorize(() -> list
                ? TypeFactory.defaultInstance().constructCollectionType(List.class, type)
                : TypeFactory.defaultInstance().constructType(type));
    }

    static TypeRef of(Class<?> type) {
        return new TypeRef(type, false, type.getSimpleName());
    }

    static TypeRef listOf(Class<?> element) {
        return new TypeRef(element, true, "List<" + element.getSimpleName() + ">");
    }

    JavaType javaType() {
        return javaType.get();
    }

    String name() {
        return name;
    }
}
