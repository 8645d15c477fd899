package io.camelnextome.simulator.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Every position, indexed three ways (by venue, by map, by trackable), each index a set of
 * {@link PositionLog}s with a lock of their own: there is no lock shared by all venues.
 */
public final class PositionStore {

    private final ConcurrentMap<Long, PositionLog> byVenue = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, PositionLog> byMap = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, PositionLog> byTrackable = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Position> latestByProvider = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    public void add(Position position) {
        byVenue.computeIfAbsent(position.venue(), id -> new PositionLog()).add(position);
        byMap.computeIfAbsent(position.map(), id -> new PositionLog()).add(position);
        if (position.trackable() != null) {
            byTrackable.computeIfAbsent(position.trackable(), id -> new PositionLog()).add(position);
        }
        if (position.providerId() != null) {
            latestByProvider.merge(position.providerId(), position, PositionStore::later);
        }
        total.increment();
    }

    /**
     * The positions of one request, in their order: each log takes its share under one lock, not one lock per
     * position. Within a log they appear one at a time in that order ({@link PositionLog#addAll}); a reader of two
     * logs may see a position in one before the other, as with {@link #add}, here by up to the whole batch.
     */
    public void addAll(List<Position> positions) {
        if (positions.size() <= 1) {
            positions.forEach(this::add);
            return;
        }
        addGrouped(byVenue, positions, Position::venue);
        addGrouped(byMap, positions, Position::map);
        addGrouped(byTrackable, positions, Position::trackable);
        Map<Long, Position> latest = new HashMap<>();
        for (Position position : positions) {
            if (position.providerId() != null) {
                latest.merge(position.providerId(), position, PositionStore::later);
            }
        }
        latest.forEach((provider, position) -> latestByProvider.merge(provider, position, PositionStore::later));
        total.add(positions.size());
    }

    public PositionLog.View venue(long venueId) {
        return view(byVenue.get(venueId));
    }

    public PositionLog.View map(long mapId) {
        return view(byMap.get(mapId));
    }

    public PositionLog.View trackable(String trackableId) {
        return view(byTrackable.get(trackableId));
    }

    public Position latestOfProvider(long providerId) {
        return latestByProvider.get(providerId);
    }

    /** The latest position of every trackable that has one. */
    public Collection<Position> latestOfEachTrackable() {
        return byTrackable.values().stream().map(log -> log.view().last()).filter(p -> p != null).toList();
    }

    public long total() {
        return total.sum();
    }

    public void clear() {
        byVenue.clear();
        byMap.clear();
        byTrackable.clear();
        latestByProvider.clear();
        total.reset();
    }

    /** The position added later wins a tie. */
    private static Position later(Position old, Position candidate) {
        return candidate.timestampGenerated() >= old.timestampGenerated() ? candidate : old;
    }

    /** Each log of the index takes its positions in their order, under one lock. */
    private static <K> void addGrouped(ConcurrentMap<K, PositionLog> index, List<Position> positions,
                                       Function<Position, K> key) {
        Map<K, List<Position>> groups = new LinkedHashMap<>();
        for (Position position : positions) {
            K value = key.apply(position);
            if (value != null) {
                groups.computeIfAbsent(value, k -> new ArrayList<>()).add(position);
            }
        }
        groups.forEach((value, group) -> index.computeIfAbsent(value, id -> new PositionLog()).addAll(group));
    }

    private static PositionLog.View view(PositionLog log) {
        return (log == null ? EMPTY : log).view();
    }

    private static final PositionLog EMPTY = new PositionLog();
}
