package io.camelnextome.nextome.geo;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelnextome.nextome.http.MaskedUrl;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CamelContext-wide cache of map transforms, one per (Nextome base URL, map id), so every endpoint reads a
 * map's GCPs once. An entry is read again when it is older than the reader's refresh period, or at once after
 * {@link #invalidate} (a {@code maps/addGcps} through the component).
 */
public final class GeoreferenceCache extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(GeoreferenceCache.class);

    /** Reads one map's GCPs and map; runs outside any lock of the cache's map. */
    @FunctionalInterface
    public interface Loader {
        MapGeoreference load(long mapId) throws IOException;
    }

    /** Above this, a GCP disagrees with the others by more than an indoor fix is accurate: worth a warning. */
    static final double RESIDUAL_WARNING_METRES = 0.5;

    private record Key(String baseUrl, long mapId) {
    }

    private final Map<Key, MapGeoreference> entries = new ConcurrentHashMap<>();
    /** One lock per map: its first users wait for one read of its GCPs instead of each reading them. */
    private final Map<Key, Object> loading = new ConcurrentHashMap<>();

    /** The cache of {@code context}, added to it on first use. */
    public static GeoreferenceCache of(CamelContext context) {
        synchronized (context) {
            GeoreferenceCache cache = context.hasService(GeoreferenceCache.class);
            if (cache == null) {
                cache = new GeoreferenceCache();
                try {
                    context.addService(cache, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot register the Nextome georeference cache", e);
                }
            }
            return cache;
        }
    }

    /**
     * The georeference of map {@code mapId} at {@code baseUrl}, loaded when missing or older than
     * {@code refreshNanos} (0 or less: never refreshed by age).
     */
    public MapGeoreference get(String baseUrl, long mapId, long refreshNanos, Loader loader) throws IOException {
        Key key = new Key(baseUrl, mapId);
        MapGeoreference entry = entries.get(key);
        if (fresh(entry, refreshNanos)) {
            return entry;
        }
        synchronized (loading.computeIfAbsent(key, k -> new Object())) {
            entry = entries.get(key);
            return fresh(entry, refreshNanos) ? entry : load(key, loader);
        }
    }

    private static boolean fresh(MapGeoreference entry, long refreshNanos) {
        return entry != null && (refreshNanos <= 0 || System.nanoTime() - entry.loadedAt() < refreshNanos);
    }

    private MapGeoreference load(Key key, Loader loader) throws IOException {
        long mapId = key.mapId();
        String shownUrl = MaskedUrl.of(key.baseUrl()); // as the component shows its URLs everywhere else
        MapGeoreference loaded = loader.load(mapId);
        MapTransform transform = loaded.transform();
        if (transform.maxResidual() > RESIDUAL_WARNING_METRES) {
            LOG.warn("Map {} at {}: ground control point #{} lies {} m from where the other GCPs place its pixel;"
                     + " positions may be off by as much: check its x/y and lat/lon ({})", mapId, shownUrl,
                    transform.worstGcp(), String.format(java.util.Locale.ROOT, "%.2f", transform.maxResidual()),
                    transform);
        } else {
            LOG.info("Map {} at {}: {}", mapId, shownUrl, transform);
        }
        entries.put(key, loaded);
        return loaded;
    }

    /** Forgets map {@code mapId} at {@code baseUrl}: its next use reads its GCPs again. */
    public void invalidate(String baseUrl, long mapId) {
        Key key = new Key(baseUrl, mapId);
        // after a read in flight, which may have read the GCPs before they changed
        synchronized (loading.computeIfAbsent(key, k -> new Object())) {
            entries.remove(key);
        }
    }

    @Override
    protected void doStop() {
        entries.clear();
        loading.clear();
    }
}
