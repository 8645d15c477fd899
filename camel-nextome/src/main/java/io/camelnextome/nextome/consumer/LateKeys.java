package io.camelnextome.nextome.consumer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The records a lateness sweep must know were delivered, from {@code from} on: a 64-bit hash of each record's
 * (timestamp, key), in one long array per second of record time, sorted when looked up. About 8 bytes a key in
 * memory and 11 characters saved, against a String and a set entry each; a whole second is dropped once it falls
 * behind the sweep's bound. Two records collide only with the same second and the same 64-bit hash.
 */
final class LateKeys {

    /** The record time one array covers. */
    static final long BUCKET_MILLIS = 1_000;
    private static final String VERSION = "2";

    private final NavigableMap<Long, Bucket> buckets = new TreeMap<>();
    private int size;

    /** Whether the record was remembered. */
    boolean contains(long timestamp, String key) {
        Bucket bucket = buckets.get(Math.floorDiv(timestamp, BUCKET_MILLIS));
        return bucket != null && bucket.contains(hash(timestamp, key));
    }

    void add(long timestamp, String key) {
        add(Math.floorDiv(timestamp, BUCKET_MILLIS), hash(timestamp, key));
    }

    private void add(long second, long hash) {
        buckets.computeIfAbsent(second, s -> new Bucket()).add(hash);
        size++;
    }

    /** Drops the seconds that end before {@code from}: the sweep reads no record there any more. */
    void forgetBefore(long from) {
        NavigableMap<Long, Bucket> behind = buckets.headMap(Math.floorDiv(from, BUCKET_MILLIS), false);
        for (Bucket bucket : behind.values()) {
            size -= bucket.size;
        }
        behind.clear();
    }

    int size() {
        return size;
    }

    /**
     * {@code 2|upTo|data}: {@code upTo} is the live watermark when saved (the keys are complete up to it), data the
     * URL-safe Base64 of, per second, the varint delta from the previous second, the varint count and the hashes.
     */
    String encode(long upTo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size * 8 + buckets.size() * 4);
        long previous = 0;
        ByteBuffer hash = ByteBuffer.allocate(8);
        for (Map.Entry<Long, Bucket> entry : buckets.entrySet()) {
            Bucket bucket = entry.getValue();
            bucket.sort();
            writeVarLong(out, entry.getKey() - previous);
            writeVarLong(out, bucket.size);
            previous = entry.getKey();
            for (int i = 0; i < bucket.size; i++) {
                out.write(hash.clear().putLong(bucket.hashes[i]).array(), 0, 8);
            }
        }
        return VERSION + '|' + upTo + '|' + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The keys of {@link #encode}, and the live watermark they were complete up to. */
    record Saved(LateKeys keys, long upTo) {
    }

    static Saved decode(String text) {
        String[] parts = text.split("\\|", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a lateness key set of version " + VERSION);
        }
        ByteBuffer data = ByteBuffer.wrap(Base64.getUrlDecoder().decode(parts[2]));
        LateKeys keys = new LateKeys();
        long second = 0;
        while (data.hasRemaining()) {
            second += readVarLong(data);
            long count = readVarLong(data);
            for (long i = 0; i < count; i++) {
                keys.add(second, data.getLong());
            }
        }
        return new Saved(keys, Long.parseLong(parts[1]));
    }

    /** FNV-1a over the key, mixed with the timestamp (SplitMix64's finaliser) so equal keys at two times differ. */
    static long hash(long timestamp, String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        long z = hash ^ (timestamp * 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static void writeVarLong(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarLong(ByteBuffer in) {
        long value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** The hashes of one second: appended as delivered, sorted on the next look-up. */
    private static final class Bucket {
        long[] hashes = new long[16];
        int size;
        int sorted;

        void add(long hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
        }

        boolean contains(long hash) {
            sort();
            return Arrays.binarySearch(hashes, 0, size, hash) >= 0;
        }

        void sort() {
            if (sorted < size) {
                Arrays.sort(hashes, 0, size);
                sorted = size;
            }
        }
    }
}
