package io.camelnextome.simulator.store;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

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
            latestByProvider.merge(position.providerId(), position,
                    (old, candidate) -> candidate.timestampGenerated() >= old.timestampGenerated() ? candidate : old);
        }
        total.increment();
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

    private static PositionLog.View view(PositionLog log) {
        return (log == null ? EMPTY : log).view();
    }

    private static final PositionLog EMPTY = new PositionLog();
}
