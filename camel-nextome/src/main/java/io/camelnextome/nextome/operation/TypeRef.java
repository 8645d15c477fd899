package io.camelnextome.nextome.operation;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

/** A body or result type: the Jackson type used on the wire and the name the contract gives it. */
record TypeRef(JavaType javaType, String name) {

    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    static TypeRef of(Class<?> type) {
        return new TypeRef(TYPES.constructType(type), type.getSimpleName());
    }

    static TypeRef listOf(Class<?> element) {
        return new TypeRef(TYPES.constructCollectionType(java.util.List.class, element),
                "List<" + element.getSimpleName() + ">");
    }
}
