package io.camelnextome.nextome.consumer;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.NextomeConstants;
import org.apache.camel.Message;

/**
 * Turns an entity list into a change feed: each poll compares the list with what earlier polls delivered and
 * emits only the elements created, updated or deleted since, with the header {@code CamelNextome.changeType}.
 * An element counts as known only once its exchange completed, so a failed one is emitted again next poll.
 * The first poll reports every element as created.
 */
public final class ChangeFeedPoller implements Poller {

    /** An element as last delivered: its JSON to compare with, and the element itself to report a deletion. */
    private record Known(JsonNode json, Object element) {
    }

    private final String operationName;
    private final OperationCall call;
    private final Map<String, Object> options;
    private final ObjectMapper mapper;
    private final Map<String, Known> known = new LinkedHashMap<>();

    public ChangeFeedPoller(String operationName, OperationCall call, Map<String, Object> options,
                            ObjectMapper mapper) {
        this.operationName = operationName;
        this.call = call;
        this.options = options;
        this.mapper = mapper;
    }

    @Override
    public int poll(RecordSink sink) throws Exception {
        Object result = call.invoke(options);
        List<?> elements = result instanceof List<?> list ? list : List.of();
        Set<String> present = new HashSet<>();
        int delivered = 0;
        for (Object element : elements) {
            JsonNode json = mapper.valueToTree(element);
            String id = json.hasNonNull("id") ? json.get("id").asText() : json.toString();
            present.add(id);
            Known before = known.get(id);
            if (before != null && before.json().equals(json)) {
                continue;
            }
            if (!sink.running()) {
                return delivered;
            }
            ChangeType change = before == null ? ChangeType.CREATED : ChangeType.UPDATED;
            if (sink.deliver(element, headers(change, id))) {
                known.put(id, new Known(json, element));
                delivered++;
            }
        }
        for (Iterator<Map.Entry<String, Known>> it = known.entrySet().iterator(); it.hasNext() && sink.running();) {
            Map.Entry<String, Known> entry = it.next();
            if (!present.contains(entry.getKey())
                && sink.deliver(entry.getValue().element(), headers(ChangeType.DELETED, entry.getKey()))) {
                it.remove();
                delivered++;
            }
        }
        return delivered;
    }

    private Consumer<Message> headers(ChangeType change, String id) {
        return message -> {
            message.setHeader(NextomeConstants.OPERATION, operationName);
            message.setHeader(NextomeConstants.CHANGE_TYPE, change.name());
            message.setHeader(NextomeConstants.ELEMENT_ID, id);
        };
    }
}
