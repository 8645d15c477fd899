package io.camelnextome.examples.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.LocationDto;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Pushes the positions of one Kafka poll into Nextome with {@code locations/createBatch}. A record that is no
 * position (not JSON, no trackable, map or timestamp), or that Nextome refuses (400, e.g. an unknown map), goes to
 * the dead-letter endpoint with the reason in the {@value #REASON} header; the others are stored. Any other failure
 * (Nextome unreachable after its retries) fails the whole poll, which Kafka then delivers again; the records of that
 * poll already created one by one or set aside are skipped then, so that none is created or dead-lettered twice.
 */
public final class InboundPositions {

    /** The header (a Kafka record header on the dead-letter topic) that says why a record was set aside. */
    public static final String REASON = "deadLetterReason";

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ProducerTemplate template;
    private final String deadLetterUri;
    /**
     * Records (topic/partition/offset) of a failed poll that were created or set aside before it failed: Kafka
     * delivers the whole poll again, and they must not go to Nextome or to the dead-letter topic twice. Forgotten once
     * a poll that holds them completes.
     */
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    public InboundPositions(ProducerTemplate template, String deadLetterUri) {
        this.template = template;
        this.deadLetterUri = deadLetterUri;
    }

    /** The body of a batching Kafka consumer's exchange: one exchange per record of the poll. */
    public void push(List<Exchange> records) {
        List<String> ids = new ArrayList<>(records.size());
        List<Exchange> valid = new ArrayList<>();
        List<LocationDto> positions = new ArrayList<>();
        for (Exchange record : records) {
            String id = id(record);
            ids.add(id);
            if (handled.contains(id)) {
                continue;
            }
            String text = record.getMessage().getBody(String.class);
            try {
                positions.add(position(text));
                valid.add(record);
            } catch (IllegalArgumentException e) {
                deadLetter(record, e.getMessage());
            }
        }
        if (!positions.isEmpty()) {
            create(valid, positions);
        }
        handled.removeAll(ids);
    }

    private void create(List<Exchange> valid, List<LocationDto> positions) {
        try {
            template.requestBody("nextome:locations/createBatch", positions);
        } catch (CamelExecutionException e) {
            if (!isRefused(e)) {
                throw e;
            }
            // Nextome stores all of a batch or nothing: find the refused ones one by one
            for (int i = 0; i < positions.size(); i++) {
                try {
                    template.requestBody("nextome:locations/create", positions.get(i));
                    handled.add(id(valid.get(i)));
                } catch (CamelExecutionException one) {
                    if (!isRefused(one)) {
                        throw one;
                    }
                    deadLetter(valid.get(i), "Nextome refused it: " + one.getCause().getMessage());
                }
            }
        }
    }

    /** The position of a record, or an IllegalArgumentException saying why it is none. */
    LocationDto position(String text) {
        LocationDto position;
        try {
            position = json.readValue(text, LocationDto.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a position in JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (position == null) {
            throw new IllegalArgumentException("Not a position in JSON: empty");
        }
        requireField(position.getTrackable(), "trackable");
        requireField(position.getMap(), "map");
        requireField(position.getTimestampGenerated(), "timestampGenerated");
        return position;
    }

    private static void requireField(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("The position has no '" + field + "'");
        }
    }

    private static boolean isRefused(CamelExecutionException e) {
        return e.getCause() instanceof NextomeApiException api && api.getStatusCode() == 400;
    }

    /** Sends the record, keyed as it was, to the dead-letter endpoint; a failed send fails the poll. */
    private void deadLetter(Exchange record, String reason) {
        Exchange sent = template.send(deadLetterUri, exchange -> {
            exchange.getMessage().setHeader(KafkaConstants.KEY, record.getMessage().getHeader(KafkaConstants.KEY));
            exchange.getMessage().setHeader(REASON, reason);
            exchange.getMessage().setBody(record.getMessage().getBody(String.class));
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("Cannot set a refused position aside (" + reason + ")", sent.getException());
        }
        handled.add(id(record));
    }

    private static String id(Exchange record) {
        return record.getMessage().getHeader(KafkaConstants.TOPIC) + "/"
               + record.getMessage().getHeader(KafkaConstants.PARTITION) + "/"
               + record.getMessage().getHeader(KafkaConstants.OFFSET);
    }
}
