package io.camelnextome.simulator.store;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Positions ordered by {@code timestampGenerated}, ties in insertion order, built for time-range plus
 * offset paging: two binary searches find a range, an index finds a page.
 * <p>
 * The log is a list of sorted chunks. Appending in time order (the common case: live positions) writes
 * into the tail chunk in place and publishes the new size through a volatile field. A position older
 * than the tail is inserted where it belongs by copying the one chunk it lands in (split when full) and
 * publishing a new chunk list. Writers of one log take its lock; readers take none: a {@link View} is a
 * consistent snapshot they can search and page through.
 */
public final class PositionLog {

    static final int CHUNK_CAPACITY = 1024;

    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Chunks chunks = new Chunks(new Chunk[0], new long[0]);

    public void add(Position position) {
        writeLock.lock();
        try {
            addLocked(position);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Adds the positions in their order under one lock, as {@link #add} one by one would: a reader sees them appear
     * one at a time, in that order, never a later one before an earlier one that lands in the same place.
     */
    public void addAll(List<Position> positions) {
        writeLock.lock();
        try {
            for (Position position : positions) {
                addLocked(position);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void addLocked(Position position) {
        Chunks current = chunks;
        Chunk tail = current.tail();
        long timestamp = position.timestampGenerated();
        if (tail == null || (tail.size < CHUNK_CAPACITY && tail.lastTimestamp() <= timestamp)) {
            if (tail == null) {
                chunks = current.withAppended(Chunk.of(position));
            } else {
                tail.append(position);
            }
        } else if (tail.lastTimestamp() <= timestamp) {
            chunks = current.withAppended(Chunk.of(position));
        } else {
            chunks = current.withInserted(position);
        }
    }

    /** A consistent, lock-free snapshot for reading. */
    public View view() {
        Chunks current = chunks;
        Chunk tail = current.tail();
        return new View(current, tail == null ? 0 : tail.size);
    }

    public void clear() {
        writeLock.lock();
        try {
            chunks = new Chunks(new Chunk[0], new long[0]);
        } finally {
            writeLock.unlock();
        }
    }

    /** A sorted run of positions; only the tail chunk of a log ever grows, and only at its end. */
    private static final class Chunk {
        final long[] timestamps;
        final Position[] positions;
        volatile int size;

        Chunk(long[] timestamps, Position[] positions, int size) {
            this.timestamps = timestamps;
            this.positions = positions;
            this.size = size;
        }

        static Chunk of(Position position) {
            Chunk chunk = new Chunk(new long[CHUNK_CAPACITY], new Position[CHUNK_CAPACITY], 0);
            chunk.append(position);
            return chunk;
        }

        long lastTimestamp() {
            return timestamps[size - 1];
        }

        void append(Position position) {
            int at = size;
            timestamps[at] = position.timestampGenerated();
            positions[at] = position;
            size = at + 1; // the volatile write publishes the element to readers
        }

        /** This chunk with the position inserted after every position of the same or an earlier time: one or two chunks. */
        Chunk[] withInserted(Position position) {
            int count = size;
            int at = upperBound(timestamps, count, position.timestampGenerated());
            long[] newTimestamps = new long[Math.max(CHUNK_CAPACITY, count + 1)];
            Position[] newPositions = new Position[newTimestamps.length];
            System.arraycopy(timestamps, 0, newTimestamps, 0, at);
            System.arraycopy(positions, 0, newPositions, 0, at);
            newTimestamps[at] = position.timestampGenerated();
            newPositions[at] = position;
            System.arraycopy(timestamps, at, newTimestamps, at + 1, count - at);
            System.arraycopy(positions, at, newPositions, at + 1, count - at);
            Chunk whole = new Chunk(newTimestamps, newPositions, count + 1);
            return whole.size <= CHUNK_CAPACITY ? new Chunk[] { whole } : whole.split();
        }

        private Chunk[] split() {
            int half = size / 2;
            return new Chunk[] { copyOf(0, half), copyOf(half, size) };
        }

        private Chunk copyOf(int from, int to) {
            long[] newTimestamps = new long[CHUNK_CAPACITY];
            Position[] newPositions = new Position[CHUNK_CAPACITY];
            System.arraycopy(timestamps, from, newTimestamps, 0, to - from);
            System.arraycopy(positions, from, newPositions, 0, to - from);
            return new Chunk(newTimestamps, newPositions, to - from);
        }
    }

    /** An immutable list of chunks with the global index each one starts at. */
    private record Chunks(Chunk[] list, long[] starts) {

        Chunk tail() {
            return list.length == 0 ? null : list[list.length - 1];
        }

        /**
         * The chunks with one more after the tail. The starts are the old ones and one more, not summed again: that
         * read the size of every chunk of the log, a cache miss each, for every 1024 positions of a venue.
         */
        Chunks withAppended(Chunk chunk) {
            int count = list.length;
            Chunk[] newList = Arrays.copyOf(list, count + 1);
            newList[count] = chunk;
            long[] newStarts = Arrays.copyOf(starts, count + 1);
            newStarts[count] = count == 0 ? 0 : starts[count - 1] + list[count - 1].size;
            return new Chunks(newList, newStarts);
        }

        Chunks withInserted(Position position) {
            int target = chunkFor(position.timestampGenerated());
            Chunk[] replacement = list[target].withInserted(position);
            Chunk[] newList = new Chunk[list.length - 1 + replacement.length];
            System.arraycopy(list, 0, newList, 0, target);
            System.arraycopy(replacement, 0, newList, target, replacement.length);
            System.arraycopy(list, target + 1, newList, target + replacement.length, list.length - target - 1);
            return of(newList);
        }

        /** The last chunk that starts at or before the timestamp (the first chunk when none does). */
        private int chunkFor(long timestamp) {
            int low = 0;
            int high = list.length - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (list[middle].timestamps[0] <= timestamp) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }

        private static Chunks of(Chunk[] list) {
            long[] starts = new long[list.length];
            long total = 0;
            for (int i = 0; i < list.length; i++) {
                starts[i] = total;
                total += list[i].size;
            }
            return new Chunks(list, starts);
        }
    }

    /** A snapshot of a log: global indexes run from 0 to {@link #size()} - 1 in timestamp order. */
    public static final class View {
        private final Chunks chunks;
        private final int tailSize;

        private View(Chunks chunks, int tailSize) {
            this.chunks = chunks;
            this.tailSize = tailSize;
        }

        public long size() {
            int last = chunks.list.length - 1;
            return last < 0 ? 0 : chunks.starts[last] + tailSize;
        }

        /** The index of the first position at or after the timestamp. */
        public long firstAtOrAfter(long timestamp) {
            return search(timestamp, false);
        }

        /** The index of the first position after the timestamp. */
        public long firstAfter(long timestamp) {
            return search(timestamp, true);
        }

        /** How many positions have a timestamp in [from, to], both inclusive. */
        public long countBetween(long from, long to) {
            return from > to ? 0 : Math.max(0, firstAfter(to) - firstAtOrAfter(from));
        }

        public Position get(long index) {
            int chunk = chunkAt(index);
            return chunks.list[chunk].positions[(int) (index - chunks.starts[chunk])];
        }

        public Position last() {
            long size = size();
            return size == 0 ? null : get(size - 1);
        }

        private int sizeOf(int chunk) {
            return chunk == chunks.list.length - 1 ? tailSize : chunks.list[chunk].size;
        }

        private long search(long timestamp, boolean after) {
            Chunk[] list = chunks.list;
            // the first chunk whose last position qualifies; positions before it all fall short
            int low = 0;
            int high = list.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                long last = list[middle].timestamps[sizeOf(middle) - 1];
                if (after ? last > timestamp : last >= timestamp) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            if (low == list.length) {
                return size();
            }
            int size = sizeOf(low);
            long[] timestamps = list[low].timestamps;
            int within = after ? upperBound(timestamps, size, timestamp) : lowerBound(timestamps, size, timestamp);
            return chunks.starts[low] + within;
        }

        private int chunkAt(long index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size());
            }
            int found = Arrays.binarySearch(chunks.starts, index);
            if (found >= 0) {
                // several chunks never start at the same index: chunks are never empty
                return found;
            }
            return -found - 2;
        }
    }

    static int lowerBound(long[] timestamps, int size, long timestamp) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (timestamps[middle] < timestamp) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static int upperBound(long[] timestamps, int size, long timestamp) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (timestamps[middle] <= timestamp) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
