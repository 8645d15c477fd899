package io.camelnextome.simulator.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Visits per venue in a lock-free sorted map, ordered by start time and then id (a stable paging order). */
public final class VisitStore {

    private static final Comparator<Visit> ORDER =
            Comparator.comparingLong(Visit::startTimestamp).thenComparingLong(Visit::id);

    private final ConcurrentMap<Long, ConcurrentSkipListMap<Visit, Visit>> byVenue = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public long nextId() {
        return ids.incrementAndGet();
    }

    /** Stores the visit, replacing the one with the same id and start (a visit that has just closed). */
    public void put(Visit visit) {
        byVenue.computeIfAbsent(visit.venue(), id -> new ConcurrentSkipListMap<>(ORDER)).put(visit, visit);
    }

    /** The visits of a venue in start order. */
    public Collection<Visit> ofVenue(long venueId) {
        ConcurrentSkipListMap<Visit, Visit> visits = byVenue.get(venueId);
        return visits == null ? List.of() : visits.values();
    }

    /** The visits on one map, across venues, in start order per venue. */
    public List<Visit> ofMap(long mapId) {
        return byVenue.values().stream().flatMap(visits -> visits.values().stream())
                .filter(visit -> visit.map() == mapId).toList();
    }

    public void clear() {
        byVenue.clear();
        ids.set(0);
    }
}
