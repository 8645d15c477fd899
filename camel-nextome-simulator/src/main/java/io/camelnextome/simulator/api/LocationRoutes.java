package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.PageRequest;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.http.TimeWindow;
import io.camelnextome.simulator.schema.ObjectValues;
import io.camelnextome.simulator.schema.SchemaReader;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.Position;
import io.camelnextome.simulator.store.PositionLog;
import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Locations: posting positions (one or a batch, old timestamps land in order), the paged positions of a
 * venue in a time range, a map's snapshot and its counts (total, in a range, per time bucket).
 */
public final class LocationRoutes implements ApiArea {

    private static final int MAX_BUCKETS = 10_000;

    private final SimulatorStore store;
    private final PositionQueries positions;

    public LocationRoutes(SimulatorStore store, PositionQueries positions) {
        this.store = store;
        this.positions = positions;
    }

    @Override
    public void register(ApiRouter api) {
        api.post("/locations", ctx ->
                store(ctx, SchemaReader.readObject(Schemas.LOCATION, new RequestParams(ctx).body(), new Posted())));
        // all items are checked (their venues too) before any is stored: a bad item, or a map deleted meanwhile on
        // another event loop, must not leave half a batch stored
        api.post("/locations/list", ctx ->
                store(ctx, SchemaReader.readArray(Schemas.LOCATION, new RequestParams(ctx).body(), new Posted())));
        api.get("/locations/positions/{venueId}", this::positionsOfVenue);
        api.get("/locations/{mapId}/snapshot", positions::snapshot);
        api.get("/locations/{mapId}/count", ctx -> {
            RequestParams params = new RequestParams(ctx);
            PositionLog.View log = mapLog(params);
            String type = params.queryEnum("provider_type", Schemas.PROVIDER_TYPES);
            Responses.scalar(ctx, count(log, 0, log.size(), type));
        });
        api.get("/locations/{mapId}/count-in-range", ctx -> {
            RequestParams params = new RequestParams(ctx);
            PositionLog.View log = mapLog(params);
            String type = params.queryEnum("provider_type", Schemas.PROVIDER_TYPES);
            TimeWindow range = requiredRange(params);
            Responses.scalar(ctx, count(log, log.firstAtOrAfter(range.start()), log.firstAfter(range.end()), type));
        });
        api.get("/locations/{mapId}/count-in-bucket", this::countInBuckets);
    }

    private void positionsOfVenue(RoutingContext ctx) {
        RequestParams params = new RequestParams(ctx);
        long venue = params.pathLong("venueId");
        if (!store.venues.contains(venue)) {
            throw ApiException.notFound("Venue " + venue + " not found");
        }
        TimeWindow window = TimeWindow.of(params, System.currentTimeMillis());
        PageRequest page = PageRequest.of(params);
        String type = params.queryEnum("provider_type", Schemas.PROVIDER_TYPES);
        PositionLog.View log = store.positions.venue(venue);
        long from = log.firstAtOrAfter(window.start());
        long to = log.firstAfter(window.end());
        List<Buffer> items = new ArrayList<>(Math.min(page.size(), 1024));
        if (type == null) {
            // no filter: the page is an index range, found without scanning
            for (long i = from + page.offset(); i < to && items.size() < page.size(); i++) {
                items.add(log.get(i).bytes());
            }
        } else {
            long skip = page.offset();
            for (long i = from; i < to && items.size() < page.size(); i++) {
                Position position = log.get(i);
                if (position.hasProviderType(type) && skip-- <= 0) {
                    items.add(position.bytes());
                }
            }
        }
        Responses.array(ctx, items);
    }

    private void countInBuckets(RoutingContext ctx) {
        RequestParams params = new RequestParams(ctx);
        PositionLog.View log = mapLog(params);
        String type = params.queryEnum("provider_type", Schemas.PROVIDER_TYPES);
        TimeWindow range = requiredRange(params);
        Long step = params.queryLong("step");
        if (step != null && step < 1) {
            throw ApiException.badRequest("Query parameter 'step' must be positive, not " + step);
        }
        long width = (step == null ? 1 : step) * TimeWindow.unitMillis("ut", params.queryString("ut"));
        if ((range.end() - range.start()) / width >= MAX_BUCKETS) {
            throw ApiException.badRequest("The range from 'start' to 'end' holds more than " + MAX_BUCKETS + " buckets of 'step' 'ut'");
        }
        JsonArray buckets = new JsonArray();
        for (long start = range.start(); start <= range.end(); start += width) {
            long end = Math.min(start + width - 1, range.end());
            buckets.add(new JsonObject().put("first", Instant.ofEpochMilli(start).toString())
                    .put("second", count(log, log.firstAtOrAfter(start), log.firstAfter(end), type)));
        }
        Responses.json(ctx, buckets);
    }

    private PositionLog.View mapLog(RequestParams params) {
        return store.positions.map(store.existingMap(params.pathLong("mapId")));
    }

    private static TimeWindow requiredRange(RequestParams params) {
        long start = params.requiredLong("start");
        long end = params.requiredLong("end");
        if (start > end) {
            throw ApiException.badRequest("Query parameter 'start' (" + start + ") must not be after 'end' (" + end + ")");
        }
        return new TimeWindow(start, end);
    }

    /** Positions in the index range [from, to): no scan unless a provider type filters them. */
    private static long count(PositionLog.View log, long from, long to, String type) {
        if (type == null) {
            return Math.max(0, to - from);
        }
        long count = 0;
        for (long i = from; i < to; i++) {
            if (log.get(i).hasProviderType(type)) {
                count++;
            }
        }
        return count;
    }

    private void store(RoutingContext ctx, SchemaReader.Read<Position.Unwritten> read) {
        for (int i = 0; i < read.ends().length; i++) {
            store.positions.add(read.checked().get(i).writtenAt(read.json(), read.start(i), read.ends()[i]));
        }
        Responses.empty(ctx, 200);
    }

    /**
     * The check of the LocationDtos of one request: its map must exist; a missing timestampGenerated or createdAt
     * means now. The venue of the map the previous position named is kept: the positions of a batch mostly name one
     * map, and the tables were asked twice per position. The positions of one trackable share one String of its id:
     * the store keeps every position, and a young collection copies each object it holds.
     */
    private final class Posted implements SchemaReader.Check<Position.Unwritten> {

        private final Map<String, String> trackables = new HashMap<>();
        private Long lastMap;
        private long lastVenue;

        @Override
        public Position.Unwritten check(ObjectValues location, Supplier<String> where) {
            Long map = location.getLong("map");
            if (map == null) {
                throw ApiException.badRequest("Field 'map' of " + where.get() + " is required");
            }
            if (!map.equals(lastMap)) {
                if (!store.maps.contains(map)) {
                    throw ApiException.badRequest("Field 'map' of " + where.get() + " names map " + map
                                                  + ", which does not exist");
                }
                lastVenue = store.venueOfMap(map);
                lastMap = map;
            }
            long now = System.currentTimeMillis();
            location.complete("timestampGenerated", now);
            location.complete("createdAt", now);
            String trackable = location.getString("trackable");
            return Position.of(location, lastVenue,
                    trackable == null ? null : trackables.computeIfAbsent(trackable, Function.identity()));
        }
    }
}
