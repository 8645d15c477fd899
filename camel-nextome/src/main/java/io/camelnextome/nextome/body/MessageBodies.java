package io.camelnextome.nextome.body;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.TreeNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The request body of a message, ready for {@link JsonBodyWriter}: a body the JSON handling takes as it is (a DTO,
 * Map, Collection, String, byte[], InputStream or Jackson tree) is kept; anything else goes through Camel's type
 * converters to bytes first, so that a file from {@code from("file:...")} (a GenericFile), a {@code File}, a
 * {@code Path}, a {@code Reader} or a stream cache is sent as the JSON it holds. A body no converter turns into
 * bytes (the user's own POJO) is kept for Jackson to write.
 */
public final class MessageBodies {

    private static final String MODEL_PACKAGE = "io.camelnextome.nextome.model";

    private MessageBodies() {
    }

    public static Object requestBody(Message message) {
        Object body = message.getBody();
        if (body == null || takenAsIs(body)) {
            return body;
        }
        Exchange exchange = message.getExchange();
        byte[] bytes = exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
        return bytes != null ? bytes : body;
    }

    private static boolean takenAsIs(Object body) {
        return body instanceof Map || body instanceof Collection || body instanceof CharSequence
               || body instanceof byte[] || body instanceof InputStream || body instanceof TreeNode
               || body instanceof Number || body instanceof Boolean
               || MODEL_PACKAGE.equals(body.getClass().getPackageName());
    }
}
