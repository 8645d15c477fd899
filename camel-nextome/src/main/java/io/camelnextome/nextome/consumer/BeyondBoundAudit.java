package io.camelnextome.nextome.consumer;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.PairStringLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the positions that reached Nextome so late that no lateness sweep reads them any more: per map, it counts
 * the positions the consumer knows (delivered, or counted as too late by a sweep) in buckets of record time over an
 * audit horizon, and every audit interval asks Nextome ({@code locations/countInBucket}) for its counts of the
 * buckets that lie wholly behind the range the sweep still reads. Where Nextome counts more, the excess is late
 * beyond the bound; it is added to the bucket so that it is counted once.
 * <p>
 * The counts are kept in memory: after a start, a failover or a reset of the watermark only the buckets after the
 * watermark are audited, since every position from there on passes through this consumer. A bucket is a second, a
 * minute or an hour, the smallest that keeps a horizon in {@value #MAX_BUCKETS} buckets (a long each per map).
 */
public final class BeyondBoundAudit {

    private static final Logger LOG = LoggerFactory.getLogger(BeyondBoundAudit.class);
    /** The buckets a horizon may span, per map: a day of minutes. */
    static final int MAX_BUCKETS = 1440;
    private static final String[] UNITS = { "SECOND", "MINUTE", "HOUR" };
    private static final long[] UNIT_MILLIS = { 1_000, 60_000, 3_600_000 };

    private final String operationName;
    private final OperationCall countInBucket;
    private final Object providerType;
    private final long interval;
    private final String unit;
    private final long width;
    private final int buckets;
    private final Map<Long, Ring> rings = new HashMap<>();
    /** The first bucket audited: the one after the watermark this consumer started from. */
    private long firstBucket = Long.MAX_VALUE;
    private long lastAudit;

    /**
     * @param countInBucket calls {@code locations/countInBucket} with the consumer endpoint's connection
     * @param providerType  the stream's {@code providerType} filter, or null: the counts are filtered alike
     */
    public BeyondBoundAudit(String operationName, OperationCall countInBucket, Object providerType, long horizon,
                            long interval, long now) {
        int unitIndex = unitIndex(horizon);
        this.operationName = operationName;
        this.countInBucket = countInBucket;
        this.providerType = providerType;
        this.interval = interval;
        this.unit = UNITS[unitIndex];
        this.width = UNIT_MILLIS[unitIndex];
        this.buckets = (int) ((horizon + width - 1) / width);
        this.lastAudit = now;
    }

    /** Fails with a message naming the option when the audit options are out of range. */
    public static void check(String endpoint, long horizon, long interval) {
        if (interval < 0) {
            throw new IllegalArgumentException("Option 'lateAuditInterval' of " + endpoint
                                               + " must not be negative (0 turns the audit off), not " + interval);
        }
        if (horizon <= 0 || horizon > MAX_BUCKETS * UNIT_MILLIS[UNIT_MILLIS.length - 1]) {
            throw new IllegalArgumentException("Option 'lateAuditHorizon' of " + endpoint + " must be above 0 and at"
                                               + " most 60 days, not " + horizon + " ms");
        }
    }

    private static int unitIndex(long horizon) {
        for (int i = 0; i < UNITS.length; i++) {
            if (horizon <= MAX_BUCKETS * UNIT_MILLIS[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("an audit horizon of at most 60 days, not " + horizon + " ms");
    }

    /** The stream (re)starts after {@code watermark}: earlier buckets hold records this consumer did not see. */
    void startAfter(long watermark) {
        rings.clear();
        firstBucket = Math.floorDiv(watermark, width) + 1;
    }

    /** A position the consumer delivered, or counted as too late. */
    void known(Object record, long timestamp) {
        Long map = ((LocationDto) record).getMap();
        if (map != null) {
            rings.computeIfAbsent(map, m -> new Ring(buckets)).add(Math.floorDiv(timestamp, width), 1);
        }
    }

    boolean due(long now) {
        return now - lastAudit >= interval;
    }

    /**
     * Compares the counts of the buckets wholly before {@code sweptFrom} (where the sweep reads no more) with
     * Nextome's, per map; returns how many positions Nextome holds there that the consumer never saw. A failed call
     * is logged and the map is audited again at the next interval: it holds nothing back.
     */
    long audit(long sweptFrom, long now, BooleanSupplier running) {
        lastAudit = now;
        long last = Math.floorDiv(sweptFrom, width) - 1;
        long found = 0;
        for (Map.Entry<Long, Ring> entry : rings.entrySet()) {
            Ring ring = entry.getValue();
            ring.advanceTo(last);
            long first = Math.max(firstBucket, ring.newest - buckets + 1);
            if (first > last || !running.getAsBoolean()) {
                continue;
            }
            try {
                found += audit(entry.getKey(), ring, first, last);
            } catch (Exception e) {
                LOG.warn("{}: the count of positions per {} of map {} failed ({}); audited again in {} ms",
                        operationName, unit.toLowerCase(Locale.ROOT), entry.getKey(), e.toString(),
                        interval);
            }
        }
        return found;
    }

    private long audit(long map, Ring ring, long first, long last) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("mapId", map);
        query.put("start", first * width);
        query.put("end", (last + 1) * width - 1);
        query.put("step", 1L);
        query.put("timeUnit", unit);
        if (providerType != null) {
            query.put("providerType", providerType);
        }
        List<?> counts = (List<?>) countInBucket.invoke(query);
        long found = 0;
        for (int i = 0; counts != null && i < counts.size(); i++) {
            PairStringLong count = (PairStringLong) counts.get(i);
            long bucket = bucketOf(count.getFirst(), first + i);
            long excess = (count.getSecond() == null ? 0 : count.getSecond()) - ring.get(bucket);
            if (bucket >= first && bucket <= last && excess > 0) {
                ring.add(bucket, excess);
                found += excess;
            }
        }
        return found;
    }

    /** The bucket a count names by its start; in the order asked for when that is not an instant. */
    private long bucketOf(String start, long inOrder) {
        try {
            return Math.floorDiv(Instant.parse(start).toEpochMilli(), width);
        } catch (RuntimeException e) {
            return inOrder;
        }
    }

    /** The counts of the last {@code size} buckets up to {@code newest}, one long each. */
    private static final class Ring {
        final long[] counts;
        long newest = Long.MIN_VALUE;

        Ring(int size) {
            counts = new long[size];
        }

        void advanceTo(long bucket) {
            if (bucket <= newest) {
                return;
            }
            if (newest == Long.MIN_VALUE || bucket - newest >= counts.length) {
                Arrays.fill(counts, 0);
            } else {
                for (long b = newest + 1; b <= bucket; b++) {
                    counts[(int) Math.floorMod(b, counts.length)] = 0;
                }
            }
            newest = bucket;
        }

        void add(long bucket, long count) {
            advanceTo(bucket);
            if (bucket > newest - counts.length) {
                counts[(int) Math.floorMod(bucket, counts.length)] += count;
            }
        }

        long get(long bucket) {
            return bucket > newest || bucket <= newest - counts.length ? 0
                    : counts[(int) Math.floorMod(bucket, counts.length)];
        }
    }
}
