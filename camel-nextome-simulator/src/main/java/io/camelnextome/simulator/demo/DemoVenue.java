package io.camelnextome.simulator.demo;

import io.camelnextome.simulator.store.SimulatorStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo venue: venue 1 "Demo Venue" with two floors (maps 1 and 2), four rooms per floor,
 * three fences, four gateways, ground control points, walkable matrices, two venue categories, three
 * features and 20 trackables ("T-001" to "T-020"), each with one provider (ids 1 to 20) that walks a
 * loop through the rooms of its floor. The same ids every time, so a reset gives the same venue.
 */
public final class DemoVenue {

    public static final long VENUE_ID = 1;
    public static final String TIMEZONE = "Europe/Rome";
    public static final int TRACKABLES = 20;
    private static final int TRACKABLES_ON_GROUND_FLOOR = 12;
    private static final String IBEACON_UUID = "f7826da6-4fa2-4e98-8024-bc5b71e0893e";

    private static final String[][] ROOM_NAMES = {
        { "Reception", "Warehouse A", "Loading Bay", "Workshop" },
        { "Office 1", "Office 2", "Meeting Room", "Lab" }
    };
    private static final Rect[] ROOM_AREAS = {
        new Rect(100, 100, 600, 450), new Rect(700, 100, 1300, 450),
        new Rect(1400, 100, 1900, 450), new Rect(100, 550, 900, 900)
    };
    /** Through all four rooms and the corridors between them. */
    private static final LoopPath LOOP = new LoopPath(350, 275, 1000, 275, 1650, 275, 1650, 725, 500, 725);

    private final SimulatorStore store;

    private DemoVenue(SimulatorStore store) {
        this.store = store;
    }

    /** Fills an empty store with the demo venue. */
    public static DemoLayout seed(SimulatorStore store, long now) {
        return new DemoVenue(store).seed(now);
    }

    private DemoLayout seed(long now) {
        seedFeaturesAndCategories();
        seedVenue();
        Map<Long, Map<Long, Rect>> roomsByMap = new LinkedHashMap<>();
        for (int floor = 0; floor < 2; floor++) {
            long map = seedMap(floor);
            roomsByMap.put(map, seedRooms(map, floor));
            seedGateways(map, floor);
            seedGcps(map);
        }
        Map<String, Rect> fenceAreas = seedFences();
        return new DemoLayout(new FloorPlan(roomsByMap, fenceAreas), seedTrackables(now));
    }

    private void seedFeaturesAndCategories() {
        JsonObject forklift = feature("Forklift", "ASSET", 1);
        JsonObject badge = feature("Visitor badge", "PERSON", 2);
        JsonObject coldChain = feature("Cold chain", "ASSET", 1);
        category("Logistics", "warehouse", new JsonArray().add(forklift).add(coldChain));
        category("Offices", "office", new JsonArray().add(badge));
    }

    private JsonObject feature(String name, String type, long category) {
        long id = store.features.nextId();
        JsonObject json = new JsonObject().put("id", id).put("name", name).put("type", type).put("category", category);
        store.features.put(id, json);
        return json;
    }

    private void category(String name, String icon, JsonArray features) {
        long id = store.venueCategories.nextId();
        store.venueCategories.put(id, new JsonObject().put("id", id).put("name", name).put("icon", icon)
                .put("features", features));
    }

    private void seedVenue() {
        long id = store.venues.nextId();
        JsonArray categories = new JsonArray();
        store.venueCategories.list().forEach(category -> categories.add(category.copy()));
        store.venues.put(id, new JsonObject()
                .put("id", id).put("name", "Demo Venue").put("timezone", TIMEZONE)
                .put("tagHistoryEnabled", true).put("tagAnalyticsEnabled", true).put("tagRetentionDays", 30)
                .put("smartphoneHistoryEnabled", false).put("smartphoneAnalyticsEnabled", false)
                .put("smartphoneRetentionDays", 7)
                .put("tagTrackingDetectionsFilter", 3).put("tagTrackingDetectionsSample", 5)
                .put("tagTrackingRssiThreshold", -90).put("tagTrackingSlotTime", 1000)
                .put("tagTrackingAlphaNoise", 0.5).put("tagTrackingRate", 1).put("tagTrackingPositionsFilter", 2)
                .put("categories", categories));
    }

    private long seedMap(int floor) {
        long id = store.maps.nextId();
        store.maps.put(id, new JsonObject()
                .put("id", id).put("uuid", "map-" + id + "-floor-" + floor).put("floor", floor)
                .put("name", floor == 0 ? "Ground Floor" : "First Floor").put("scale", 0.05).put("outdoor", false)
                .put("venue", VENUE_ID).put("height", 1000L).put("width", 2000L).put("crs", 0)
                .put("venueTz", TIMEZONE));
        byte[] walkable = new byte[250];
        for (int i = 0; i < walkable.length; i++) {
            walkable[i] = (byte) (i % 7 == 0 ? 0 : 0xFF);
        }
        store.walkableMatrices.put(id, new JsonObject().put("id", id)
                .put("data", Base64.getEncoder().encodeToString(walkable)));
        return id;
    }

    private Map<Long, Rect> seedRooms(long map, int floor) {
        Map<Long, Rect> rooms = new LinkedHashMap<>();
        for (int i = 0; i < ROOM_AREAS.length; i++) {
            long id = store.rooms.nextId();
            Rect area = ROOM_AREAS[i];
            store.rooms.put(id, new JsonObject()
                    .put("id", id).put("name", ROOM_NAMES[floor][i]).put("shape", "POLYGON").put("map", map)
                    .put("vertices", area.vertices()).put("geometry", area.wkt()));
            rooms.put(id, area);
        }
        return rooms;
    }

    private void seedGateways(long map, int floor) {
        for (int i = 0; i < 2; i++) {
            long id = store.gateways.nextId();
            store.gateways.put(id, new JsonObject()
                    .put("id", id).put("serial", String.format("GW-%04d", id)).put("label", "Gateway " + floor + "-" + i)
                    .put("x", 500.0 + 1000 * i).put("y", 500.0).put("map", map).put("venue", VENUE_ID)
                    .put("timezone", TIMEZONE).put("features", new JsonArray()));
        }
    }

    private void seedGcps(long map) {
        store.gcps.put(map, DemoGeoreference.gcps(map, (map - 1) * DemoGeoreference.gcpsPerMap() + 1));
    }

    private Map<String, Rect> seedFences() {
        Map<String, Rect> areas = new LinkedHashMap<>();
        fence(areas, "F-001", "Warehouse zone", 1, new Rect(650, 50, 1350, 500));
        fence(areas, "F-002", "Loading dock", 1, new Rect(1350, 50, 1950, 500));
        fence(areas, "F-003", "Lab restricted", 2, new Rect(50, 500, 950, 950));
        return areas;
    }

    private void fence(Map<String, Rect> areas, String id, String name, long map, Rect area) {
        store.fences.put(id, new JsonObject()
                .put("id", id).put("region", new JsonObject().put("type", "Polygon").put("coordinates", area.ring()))
                .put("radius", 0)
                .put("name", name).put("timeout", 5000L).put("properties", "{\"color\":\"#ff0000\"}")
                .put("toleranceArea", 1L).put("toleranceTimeout", 1000L).put("exitDelay", 2000L)
                .put("crs", 0).put("map", map));
        areas.put(id, area);
    }

    private List<MovementPlan> seedTrackables(long now) {
        List<MovementPlan> plans = new ArrayList<>();
        for (int n = 1; n <= TRACKABLES; n++) {
            String trackable = String.format("T-%03d", n);
            long map = n <= TRACKABLES_ON_GROUND_FLOOR ? 1 : 2;
            String type = n <= 10 ? "IBEACON" : n <= 16 ? "UWB" : "AOA";
            long provider = seedProvider(n, trackable, type, now);
            boolean person = n % 4 == 0;
            store.trackables.put(trackable, new JsonObject()
                    .put("id", trackable).put("name", (person ? "Operator " : "Forklift ") + n)
                    .put("geometry", new JsonObject().put("type", "Point")).put("type", "OMLOX")
                    .put("location_providers", new JsonArray().add(simpleProvider(provider)))
                    .put("fenceTimeout", 5000).put("toleranceArea", 1).put("toleranceTimeout", 1000)
                    .put("exitDelay", 2000).put("radius", 1).put("usage", person ? "PERSON" : "ASSET")
                    .put("properties", "{}").put("venue", VENUE_ID).put("features", new JsonArray()));
            plans.add(new MovementPlan(trackable, VENUE_ID, map, LOOP, 40 + 3 * n, LOOP.length() * n / TRACKABLES));
        }
        return plans;
    }

    private long seedProvider(int n, String trackable, String type, long now) {
        long id = store.providers.nextId();
        boolean beacon = type.equals("IBEACON");
        JsonObject provider = new JsonObject()
                .put("id", id).put("uuid", beacon ? IBEACON_UUID : String.format("omlox-%s-%04d", type.toLowerCase(), n));
        if (beacon) {
            provider.put("major", 1).put("minor", n);
        }
        store.providers.put(id, provider
                .put("name", "Tag " + trackable).put("label", trackable).put("type", type)
                .put("battery", 100 - n).put("checkIn", now).put("venue", VENUE_ID).put("trackable", trackable)
                .put("updatedAt", now).put("fenceTimeout", 5000).put("toleranceArea", 1)
                .put("toleranceTimeout", 1000).put("exitDelay", 2000));
        return id;
    }

    /** The LocationProviderSimpleDto of a stored provider. */
    public JsonObject simpleProvider(long providerId) {
        return simple(store.providers.get(providerId).orElseThrow().json());
    }

    /** A LocationProviderDto reduced to the LocationProviderSimpleDto fields. */
    public static JsonObject simple(JsonObject provider) {
        JsonObject simple = new JsonObject();
        for (String field : new String[] { "id", "type", "uuid", "major", "minor" }) {
            if (provider.getValue(field) != null) {
                simple.put(field, provider.getValue(field));
            }
        }
        return simple;
    }
}
