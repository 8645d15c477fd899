package io.camelnextome.nextome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.nextome.model.FeatureDto;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.nextome.model.GatewayDto;
import io.camelnextome.nextome.model.GcpDto;
import io.camelnextome.nextome.model.GeometryDto;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.LocationProviderSimpleDto;
import io.camelnextome.nextome.model.LocationProviderType;
import io.camelnextome.nextome.model.MapDto;
import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.model.RoomShape;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.TrackableType;
import io.camelnextome.nextome.model.TrackableUsage;
import io.camelnextome.nextome.model.VenueCategoryDto;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.nextome.model.WalkableMatrixDto;
import io.camelnextome.nextome.operation.NextomeOperation;
import io.camelnextome.nextome.operation.OperationOption;

/** Option values and bodies that the seeded demo venue of the simulator accepts, for any operation. */
final class SampleCalls {

    static final long NOW = System.currentTimeMillis();

    /** An existing id per API, as the simulator seeds them. */
    private static final Map<String, String> IDS = Map.of("venues", "1", "venue-categories", "1", "trackables",
            "T-001", "rooms", "1", "providers", "1", "maps", "1", "gateways", "1", "fences", "F-001", "features", "1");

    private SampleCalls() {
    }

    /** A value for every option of the operation, required or not. */
    static Map<String, Object> options(NextomeOperation operation) {
        Map<String, Object> values = new HashMap<>();
        for (OperationOption option : operation.options()) {
            values.put(option.name(), value(operation, option.name()));
        }
        return values;
    }

    /** A value for the required options only. */
    static Map<String, Object> requiredOptions(NextomeOperation operation) {
        Map<String, Object> values = new HashMap<>();
        for (OperationOption option : operation.options()) {
            if (option.required()) {
                values.put(option.name(), value(operation, option.name()));
            }
        }
        return values;
    }

    static Object value(NextomeOperation operation, String option) {
        return switch (option) {
            case "id" -> IDS.get(operation.api());
            case "venueId", "mapId" -> 1L;
            case "omloxId" -> "omlox-uwb-0011";
            case "uuid" -> operation.api().equals("maps") ? "map-1-floor-0" : "f7826da6-4fa2-4e98-8024-bc5b71e0893e";
            case "serial" -> "GW-0001";
            case "major", "minor" -> 1;
            case "batteryLevel" -> 55;
            case "updatedAt" -> NOW;
            case "tolerance" -> 10;
            case "timeUnit" -> "MINUTE";
            case "timeField" -> "START";
            case "start" -> NOW - 3_600_000L;
            case "end" -> NOW;
            case "step" -> 5L;
            case "page" -> 0;
            case "size" -> 50;
            case "providerType", "type" -> "IBEACON";
            default -> throw new IllegalArgumentException("No sample for " + option);
        };
    }

    /** A body the operation accepts, or null when it takes none. */
    static Object body(NextomeOperation operation) {
        String type = operation.bodyTypeName();
        return switch (type) {
            case "" -> null;
            case "VenueDto" -> venue("Sample Venue");
            case "VenueCategoryDto" -> category("Sample Category");
            case "TrackableDto" -> trackable(operation.method().equals("create") ? "T-900" : "T-001", "Sample Trackable");
            case "LocationProviderSimpleDto" -> simpleProvider(2L);
            case "LocationProviderDto" -> provider("Sample Tag");
            case "RoomDto" -> room("Sample Room");
            case "MapDto" -> map("Sample Map");
            case "WalkableMatrixDto" -> matrix();
            case "List<GcpDto>" -> List.of(gcp(10, 20));
            case "GatewayDto" -> gateway("GW-9000");
            case "FenceDto" -> fence(operation.method().equals("create") ? "F-900" : "F-001", "Sample Fence");
            case "FeatureDto" -> feature("Sample Feature");
            case "LocationDto" -> location(NOW);
            case "List<LocationDto>" -> List.of(location(NOW), location(NOW + 1));
            default -> throw new IllegalArgumentException("No sample body of type " + type);
        };
    }

    static VenueDto venue(String name) {
        VenueDto venue = new VenueDto();
        venue.setName(name);
        venue.setTimezone("Europe/Rome");
        venue.setTagHistoryEnabled(true);
        return venue;
    }

    static VenueCategoryDto category(String name) {
        VenueCategoryDto category = new VenueCategoryDto();
        category.setName(name);
        category.setIcon("star");
        return category;
    }

    static TrackableDto trackable(String id, String name) {
        TrackableDto trackable = new TrackableDto();
        trackable.setId(id);
        trackable.setName(name);
        trackable.setType(TrackableType.OMLOX);
        trackable.setUsage(TrackableUsage.ASSET);
        trackable.setVenue(1L);
        GeometryDto point = new GeometryDto();
        point.setType("Point");
        trackable.setGeometry(point);
        return trackable;
    }

    static LocationProviderSimpleDto simpleProvider(long id) {
        LocationProviderSimpleDto provider = new LocationProviderSimpleDto();
        provider.setId(id);
        provider.setType(LocationProviderType.IBEACON);
        return provider;
    }

    static LocationProviderDto provider(String name) {
        LocationProviderDto provider = new LocationProviderDto();
        provider.setName(name);
        provider.setUuid("omlox-uwb-0900");
        provider.setType(LocationProviderType.UWB);
        provider.setVenue(1L);
        provider.setBattery(90);
        return provider;
    }

    static RoomDto room(String name) {
        RoomDto room = new RoomDto();
        room.setName(name);
        room.setShape(RoomShape.POLYGON);
        room.setMap(1L);
        room.setVertices("[[0,0],[10,0],[10,10],[0,10]]");
        return room;
    }

    static MapDto map(String name) {
        MapDto map = new MapDto();
        map.setName(name);
        map.setFloor(2);
        map.setVenue(1L);
        map.setWidth(1000L);
        map.setHeight(500L);
        map.setScale(0.05);
        map.setOutdoor(false);
        return map;
    }

    static WalkableMatrixDto matrix() {
        WalkableMatrixDto matrix = new WalkableMatrixDto();
        matrix.setId(1L);
        matrix.setData("AQID");
        return matrix;
    }

    static GcpDto gcp(double x, double y) {
        GcpDto gcp = new GcpDto();
        gcp.setX(x);
        gcp.setY(y);
        gcp.setLat(41.1);
        gcp.setLon(16.8);
        return gcp;
    }

    static GatewayDto gateway(String serial) {
        GatewayDto gateway = new GatewayDto();
        gateway.setSerial(serial);
        gateway.setLabel("Sample Gateway");
        gateway.setX(10.0);
        gateway.setY(20.0);
        gateway.setMap(1L);
        gateway.setVenue(1L);
        return gateway;
    }

    static FenceDto fence(String id, String name) {
        FenceDto fence = new FenceDto();
        fence.setId(id);
        fence.setName(name);
        fence.setMap(1L);
        GeometryDto polygon = new GeometryDto();
        polygon.setType("Polygon");
        fence.setRegion(polygon);
        fence.setRadius(0);
        return fence;
    }

    static FeatureDto feature(String name) {
        FeatureDto feature = new FeatureDto();
        feature.setName(name);
        feature.setType("ASSET");
        feature.setCategory(1L);
        return feature;
    }

    static LocationDto location(long timestamp) {
        LocationDto location = new LocationDto();
        LocationProviderDto provider = new LocationProviderDto();
        provider.setId(1L);
        provider.setType(LocationProviderType.IBEACON);
        location.setProvider(provider);
        location.setTrackable("T-001");
        location.setMap(1L);
        location.setX(100.0);
        location.setY(200.0);
        location.setTimestampGenerated(timestamp);
        location.setTimestampSent(timestamp);
        return location;
    }
}
