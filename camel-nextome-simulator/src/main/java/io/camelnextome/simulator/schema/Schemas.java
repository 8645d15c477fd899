package io.camelnextome.simulator.schema;

import java.util.List;

/** The 18 schemas of the Nextostats 3.5.1.beta document, with its field names. */
public final class Schemas {

    public static final List<String> PROVIDER_TYPES =
            List.of("UNKNOWN", "IBEACON", "AOA", "VIRTUAL", "GPS", "UWB", "WIFI", "RFID");
    public static final List<String> TRACKABLE_TYPES = List.of("UNKNOWN", "OMLOX", "VIRTUAL");
    public static final List<String> TRACKABLE_USAGES = List.of("UNKNOWN", "ASSET", "PERSON");
    public static final List<String> ROOM_SHAPES = List.of("UNKNOWN", "CIRCLE", "POLYGON");

    public static final Schema FEATURE = Schema.named("FeatureDto")
            .integer("id").string("name").string("type").integer("category");

    public static final Schema VENUE_CATEGORY = Schema.named("VenueCategoryDto")
            .integer("id").string("name").string("icon").array("features", FEATURE);

    public static final Schema VENUE = Schema.named("VenueDto")
            .integer("id").string("name").string("timezone")
            .bool("tagHistoryEnabled").bool("tagAnalyticsEnabled").integer("tagRetentionDays")
            .bool("smartphoneHistoryEnabled").bool("smartphoneAnalyticsEnabled").integer("smartphoneRetentionDays")
            .integer("tagTrackingDetectionsFilter").integer("tagTrackingDetectionsSample")
            .integer("tagTrackingRssiThreshold").integer("tagTrackingSlotTime").number("tagTrackingAlphaNoise")
            .integer("tagTrackingRate").integer("tagTrackingPositionsFilter")
            .array("categories", VENUE_CATEGORY);

    public static final Schema GEOMETRY = Schema.named("GeometryDto").string("type");

    public static final Schema PROVIDER_SIMPLE = Schema.named("LocationProviderSimpleDto")
            .integer("id").enumeration("type", PROVIDER_TYPES).string("uuid").integer("major").integer("minor");

    public static final Schema TRACKABLE = Schema.named("TrackableDto")
            .string("id").string("name").object("geometry", GEOMETRY).enumeration("type", TRACKABLE_TYPES)
            .array("location_providers", PROVIDER_SIMPLE)
            .integer("fenceTimeout").integer("toleranceArea").integer("toleranceTimeout").integer("exitDelay")
            .integer("radius").enumeration("usage", TRACKABLE_USAGES).string("properties").integer("venue")
            .array("features", FEATURE);

    public static final Schema ROOM = Schema.named("RoomDto")
            .integer("id").string("name").enumeration("shape", ROOM_SHAPES).integer("map")
            .string("vertices").string("geometry").number("radius");

    public static final Schema PROVIDER = Schema.named("LocationProviderDto")
            .integer("id").string("uuid").integer("major").integer("minor").string("name").string("label")
            .enumeration("type", PROVIDER_TYPES).integer("battery").integer("checkIn").integer("venue")
            .string("trackable").integer("updatedAt").integer("modelId")
            .integer("fenceTimeout").integer("toleranceArea").integer("toleranceTimeout").integer("exitDelay");

    public static final Schema MAP = Schema.named("MapDto")
            .integer("id").string("uuid").integer("floor").string("name").number("scale").bool("outdoor")
            .integer("venue").integer("height").integer("width").integer("crs").string("venueTz");

    public static final Schema WALKABLE_MATRIX = Schema.named("WalkableMatrixDto").integer("id").string("data");

    public static final Schema GATEWAY = Schema.named("GatewayDto")
            .integer("id").string("serial").string("label").number("x").number("y").integer("map")
            .integer("venue").string("timezone").array("features", FEATURE);

    public static final Schema FENCE = Schema.named("FenceDto")
            .string("id").object("region", GEOMETRY).integer("radius").string("name").integer("timeout")
            .string("properties").integer("toleranceArea").integer("toleranceTimeout").integer("exitDelay")
            .integer("crs").integer("map");

    public static final Schema GCP = Schema.named("GcpDto", "lat", "lon", "x", "y")
            .integer("id").integer("mapId").number("x").number("y").number("lat").number("lon");

    public static final Schema GCPS = Schema.named("GcpsDto").array("gcps", GCP).number("angle");

    public static final Schema LOCATION = Schema.named("LocationDto")
            .object("provider", PROVIDER).string("trackable").integer("timestampGenerated").integer("timestampSent")
            .integer("crs").integer("room").integer("map").number("x").number("y").string("positionLabel")
            .integer("createdAt").number("rawX").number("rawY");

    public static final Schema VISIT = Schema.named("VisitDto")
            .integer("id").string("trackable").object("provider", PROVIDER_SIMPLE)
            .integer("startTimestamp").integer("endTimestamp").integer("startLocalTimestamp")
            .integer("endLocalTimestamp").integer("map").integer("room").number("distanceFromPrevious");

    public static final Schema PAIR_BOOLEAN_LIST_VISIT = Schema.named("PairBooleanListVisitDto", "first", "second")
            .bool("first").array("second", VISIT);

    public static final Schema PAIR_STRING_LONG = Schema.named("PairStringLong", "first", "second")
            .string("first").integer("second");

    public static final List<Schema> ALL = List.of(FEATURE, VENUE_CATEGORY, VENUE, GEOMETRY, PROVIDER_SIMPLE,
            TRACKABLE, ROOM, PROVIDER, MAP, WALKABLE_MATRIX, GATEWAY, FENCE, GCP, GCPS, LOCATION, VISIT,
            PAIR_BOOLEAN_LIST_VISIT, PAIR_STRING_LONG);

    private Schemas() {
    }
}
