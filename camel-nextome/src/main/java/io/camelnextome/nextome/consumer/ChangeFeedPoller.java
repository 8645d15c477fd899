package io.camelnextome.nextome.consumer;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelnextome.nextome.NextomeConstants;
import org.apache.camel.Message;

/**
 * Turns an entity list into a change feed: each poll compares the list with what earlier polls delivered and
 * emits only the elements created, updated or deleted since, with the header {@code CamelNextome.changeType}.
 * An element counts as known only once its exchange completed, so a failed one is emitted again next poll.
 * What was delivered is kept in a {@link ChangeFeedState} (read at the start of every poll, saved at its end), so
 * it survives a route restart and a {@code master:} failover. The first poll of a new feed reports every element
 * as created.
 */
public final class ChangeFeedPoller implements Poller {

    private final String operationName;
    private final OperationCall call;
    private final Map<String, Object> options;
    private final ObjectMapper mapper;
    private final JavaType elementType;
    private final ChangeFeedState state;
    /** The state text read or saved last and the elements it holds, so that an unchanged state is not parsed. */
    private String lastText;
    /** Each delivered element's JSON text by id: compared as text, as a parsed node's number types may differ. */
    private Map<String, String> lastKnown = Map.of();

    public ChangeFeedPoller(String operationName, OperationCall call, Map<String, Object> options,
                            ObjectMapper mapper, JavaType elementType, ChangeFeedState state) {
        this.operationName = operationName;
        this.call = call;
        this.options = options;
        this.mapper = mapper;
        this.elementType = elementType;
        this.state = state;
    }

    @Override
    public int poll(RecordSink sink) throws Exception {
        Map<String, String> known = load();
        Object result = call.invoke(options);
        List<?> elements = result instanceof List<?> list ? list : List.of();
        Set<String> present = new HashSet<>();
        int delivered = 0;
        try {
            for (Object element : elements) {
                JsonNode node = mapper.valueToTree(element);
                String json = node.toString();
                String id = node.hasNonNull("id") ? node.get("id").asText() : json;
                present.add(id);
                String before = known.get(id);
                if (json.equals(before)) {
                    continue;
                }
                if (!sink.running()) {
                    return delivered;
                }
                ChangeType change = before == null ? ChangeType.CREATED : ChangeType.UPDATED;
                if (sink.deliver(element, headers(change, id))) {
                    known.put(id, json);
                    delivered++;
                }
            }
            for (Iterator<Map.Entry<String, String>> it = known.entrySet().iterator(); it.hasNext()
                                                                                        && sink.running();) {
                Map.Entry<String, String> entry = it.next();
                if (!present.contains(entry.getKey())
                    && sink.deliver(mapper.readValue(entry.getValue(), elementType),
                            headers(ChangeType.DELETED, entry.getKey()))) {
                    it.remove();
                    delivered++;
                }
            }
            return delivered;
        } finally {
            if (delivered > 0) {
                save(known);
            }
        }
    }

    private Map<String, String> load() throws IOException {
        String text = state.load();
        if (text == null) {
            lastText = null;
            return new LinkedHashMap<>();
        }
        if (!text.equals(lastText)) {
            Map<String, String> known = new LinkedHashMap<>();
            mapper.readTree(text).fields()
                    .forEachRemaining(field -> known.put(field.getKey(), field.getValue().toString()));
            lastKnown = known;
            lastText = text;
        }
        return new LinkedHashMap<>(lastKnown);
    }

    private void save(Map<String, String> known) throws IOException {
        ObjectNode json = mapper.createObjectNode();
        for (Map.Entry<String, String> entry : known.entrySet()) {
            json.set(entry.getKey(), mapper.readTree(entry.getValue()));
        }
        String text = mapper.writeValueAsString(json);
        state.save(text);
        lastText = text;
        lastKnown = new LinkedHashMap<>(known);
    }

    private Consumer<Message> headers(ChangeType change, String id) {
        return message -> {
            message.setHeader(NextomeConstants.OPERATION, operationName);
            message.setHeader(NextomeConstants.CHANGE_TYPE, change.name());
            message.setHeader(NextomeConstants.ELEMENT_ID, id);
        };
    }
}
