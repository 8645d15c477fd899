package io.camelnextome.nextome;

import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import io.camelnextome.nextome.operation.NextomeOperation;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Asserts that a result has the type the URI contract gives the operation. */
final class ResultTypes {

    private ResultTypes() {
    }

    static void assertContractType(NextomeOperation operation, Object result) {
        JavaType type = operation.resultType();
        if (type == null) {
            assertNull(result, operation + " has no result");
            return;
        }
        if (type.isCollectionLikeType()) {
            List<?> list = assertInstanceOf(List.class, result, operation.toString());
            for (Object element : list) {
                assertInstanceOf(type.getContentType().getRawClass(), element, operation + " element");
            }
            return;
        }
        assertInstanceOf(type.getRawClass(), result, operation.toString());
    }
}
