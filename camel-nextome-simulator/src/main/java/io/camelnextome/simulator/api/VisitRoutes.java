package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiRouter;
import io.camelnextome.simulator.http.PageRequest;
import io.camelnextome.simulator.http.RequestParams;
import io.camelnextome.simulator.http.Responses;
import io.camelnextome.simulator.http.TimeWindow;
import io.camelnextome.simulator.http.ApiException;
import io.camelnextome.simulator.schema.Schemas;
import io.camelnextome.simulator.store.SimulatorStore;
import io.camelnextome.simulator.store.Visit;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.function.Predicate;

/**
 * Visits (stays in rooms, derived from the generated positions): the current ones of a map, the paged
 * history of a venue, and the average duration on a map.
 */
public final class VisitRoutes implements ApiArea {

    /** Which timestamp of a visit the history range applies to ({@code w}); BOTH (the document's default) when absent. */
    private static final List<String> TIME_FIELDS = List.of("START", "END", "BOTH");

    private final SimulatorStore store;

    public VisitRoutes(SimulatorStore store) {
        this.store = store;
    }

    @Override
    public void register(ApiRouter api) {
        api.get("/visit/snapshot/{mapId}", ctx -> {
            RequestParams params = new RequestParams(ctx);
            long map = store.existingMap(params.pathLong("mapId"));
            TimeWindow window = TimeWindow.recent(params, System.currentTimeMillis());
            String type = params.queryEnum("type", Schemas.PROVIDER_TYPES);
            JsonArray visits = new JsonArray();
            store.visits.ofMap(map).stream()
                    .filter(visit -> visit.hasProviderType(type))
                    .filter(visit -> visit.isOpen() || visit.endTimestamp() >= window.start())
                    .forEach(visit -> visits.add(visit.json()));
            Responses.json(ctx, visits);
        });
        api.get("/visit/history/{venueId}", ctx -> {
            RequestParams params = new RequestParams(ctx);
            long venue = params.pathLong("venueId");
            if (!store.venues.contains(venue)) {
                throw ApiException.notFound("Venue " + venue + " not found");
            }
            TimeWindow window = TimeWindow.of(params, System.currentTimeMillis());
            String field = params.queryEnum("w", TIME_FIELDS);
            String type = params.queryEnum("type", Schemas.PROVIDER_TYPES);
            PageRequest page = PageRequest.of(params);
            List<Visit> matching = store.visits.ofVenue(venue).stream()
                    .filter(inWindow(field == null ? "BOTH" : field, window))
                    .filter(visit -> visit.hasProviderType(type))
                    .skip(page.offset())
                    .limit(page.size() + 1L)
                    .toList();
            JsonArray items = new JsonArray();
            matching.stream().limit(page.size()).forEach(visit -> items.add(visit.json()));
            Responses.json(ctx, new JsonObject().put("first", matching.size() > page.size()).put("second", items));
        });
        api.get("/visit/average-duration/{mapId}", ctx -> {
            RequestParams params = new RequestParams(ctx);
            long map = store.existingMap(params.pathLong("mapId"));
            String type = params.queryEnum("type", Schemas.PROVIDER_TYPES);
            double average = store.visits.ofMap(map).stream()
                    .filter(visit -> !visit.isOpen() && visit.hasProviderType(type))
                    .mapToLong(visit -> visit.endTimestamp() - visit.startTimestamp())
                    .average().orElse(0);
            Responses.scalar(ctx, Math.round(average));
        });
    }

    private static Predicate<Visit> inWindow(String field, TimeWindow window) {
        Predicate<Visit> started = visit -> window.contains(visit.startTimestamp());
        Predicate<Visit> ended = visit -> !visit.isOpen() && window.contains(visit.endTimestamp());
        switch (field) {
            case "END":
                return ended;
            case "BOTH":
                return started.or(ended);
            default:
                return started;
        }
    }
}
