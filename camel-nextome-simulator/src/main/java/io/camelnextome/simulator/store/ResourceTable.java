package io.camelnextome.simulator.store;

import io.vertx.core.json.JsonObject;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The resources of one kind, keyed by id (a {@code Long} or a {@code String}, as the schema says), in a
 * concurrent map: reads take no lock, writes replace whole documents.
 *
 * @param <K> the id type
 */
public final class ResourceTable<K extends Comparable<K>> {

    private final ConcurrentMap<K, JsonDocument> documents = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public Optional<JsonDocument> get(K id) {
        return Optional.ofNullable(documents.get(id));
    }

    public boolean contains(K id) {
        return documents.containsKey(id);
    }

    /** Stores the resource under its id, replacing any previous one. */
    public JsonDocument put(K id, JsonObject json) {
        JsonDocument document = JsonDocument.of(json);
        documents.put(id, document);
        return document;
    }

    /** Stores the resource only when no other has that id; empty when one has. */
    public Optional<JsonDocument> putNew(K id, JsonObject json) {
        JsonDocument document = JsonDocument.of(json);
        return documents.putIfAbsent(id, document) == null ? Optional.of(document) : Optional.empty();
    }

    /** Replaces an existing resource with what the change makes of a copy of it; empty when it is missing. */
    public Optional<JsonDocument> update(K id, UnaryOperator<JsonObject> change) {
        return Optional.ofNullable(documents.computeIfPresent(id, (key, old) -> JsonDocument.of(change.apply(old.copy()))));
    }

    public Optional<JsonDocument> remove(K id) {
        return Optional.ofNullable(documents.remove(id));
    }

    /** The next free numeric id (ids handed out are never reused, even after a delete). */
    public long nextId() {
        return sequence.incrementAndGet();
    }

    /** Makes sure ids handed out later are above this one (used when a client chooses an id). */
    public void reserve(long id) {
        sequence.accumulateAndGet(id, Math::max);
    }

    /** All resources in id order. */
    public List<JsonDocument> list() {
        return list(document -> true);
    }

    /** The resources that match, in id order. */
    public List<JsonDocument> list(Predicate<JsonObject> filter) {
        return documents.entrySet().stream()
                .filter(entry -> filter.test(entry.getValue().json()))
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(Map.Entry::getValue)
                .toList();
    }

    public void clear() {
        documents.clear();
        sequence.set(0);
    }
}
