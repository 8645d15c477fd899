package io.camelnextome.nextome.operation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelnextome.nextome.model.FeatureDto;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.nextome.model.GatewayDto;
import io.camelnextome.nextome.model.GcpDto;
import io.camelnextome.nextome.model.GcpsDto;
import io.camelnextome.nextome.model.LocationDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.LocationProviderSimpleDto;
import io.camelnextome.nextome.model.MapDto;
import io.camelnextome.nextome.model.PairBooleanListVisitDto;
import io.camelnextome.nextome.model.PairStringLong;
import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.VenueCategoryDto;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.nextome.model.VisitDto;
import io.camelnextome.nextome.model.WalkableMatrixDto;

import static io.camelnextome.nextome.operation.OperationOption.Location.PATH;
import static io.camelnextome.nextome.operation.OperationOption.Location.QUERY;

/**
 * The catalog of the 77 operations of the Nextostats API 3.5.1.beta, named as the {@code nextome:} URI contract
 * names them. It is the single description that the producer, the validation, the tests and the docs use.
 */
public final class NextomeOperations {

    /** The Java type of each operation option; options not listed are strings. */
    private static final Map<String, Class<?>> OPTION_TYPES = Map.ofEntries(
            Map.entry("venueId", Long.class), Map.entry("mapId", Long.class), Map.entry("start", Long.class),
            Map.entry("end", Long.class), Map.entry("updatedAt", Long.class), Map.entry("step", Long.class),
            Map.entry("tolerance", Integer.class), Map.entry("page", Integer.class), Map.entry("size", Integer.class),
            Map.entry("batteryLevel", Integer.class), Map.entry("major", Integer.class),
            Map.entry("minor", Integer.class));

    /** The values the API document allows for an option; it rejects others, so they fail before the request. */
    private static final Map<String, List<String>> OPTION_VALUES = Map.of(
            "timeUnit", List.of("SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"),
            "timeField", List.of("START", "END", "BOTH"));

    private static final boolean INTEGER_ID = true;
    private static final boolean STRING_ID = false;

    private static final Map<String, NextomeOperation> BY_NAME = index(List.of(
            get("venues/get", "/venues/{vid}").id("vid", INTEGER_ID).result(one(VenueDto.class)),
            put("venues/update", "/venues/{vid}").id("vid", INTEGER_ID).body(one(VenueDto.class)).result(one(VenueDto.class)),
            delete("venues/delete", "/venues/{vid}").id("vid", INTEGER_ID).result(one(Boolean.class)),
            post("venues/create", "/venues").body(one(VenueDto.class)).result(one(VenueDto.class)),
            get("venues/categories", "/venues/{vid}/venuecategories").id("vid", INTEGER_ID)
                    .result(list(VenueCategoryDto.class)),

            get("venue-categories/list", "/venuecategories").result(list(VenueCategoryDto.class)),
            post("venue-categories/create", "/venuecategories").body(one(VenueCategoryDto.class))
                    .result(one(VenueCategoryDto.class)),
            get("venue-categories/get", "/venuecategories/{venueCategoryId}").id("venueCategoryId", INTEGER_ID)
                    .result(one(VenueCategoryDto.class)),
            put("venue-categories/update", "/venuecategories/{vcid}").id("vcid", INTEGER_ID)
                    .body(one(VenueCategoryDto.class)).result(one(VenueCategoryDto.class)),
            delete("venue-categories/delete", "/venuecategories/{venueCategoryId}").id("venueCategoryId", INTEGER_ID)
                    .result(one(String.class)),

            get("trackables/list", "/trackables").requiredQuery("venueId", "venue").result(list(TrackableDto.class)),
            post("trackables/create", "/trackables").body(one(TrackableDto.class)).result(one(TrackableDto.class)),
            get("trackables/get", "/trackables/{tid}").id("tid", STRING_ID).result(one(TrackableDto.class)),
            put("trackables/update", "/trackables/{tid}").id("tid", STRING_ID).body(one(TrackableDto.class))
                    .result(one(TrackableDto.class)),
            delete("trackables/delete", "/trackables/{tid}").id("tid", STRING_ID),
            put("trackables/updateProvider", "/trackables/{tid}/provider").id("tid", STRING_ID)
                    .body(one(LocationProviderSimpleDto.class)),
            get("trackables/positions", "/trackables/{tid}/positions").id("tid", STRING_ID)
                    .result(list(LocationDto.class)),
            get("trackables/position", "/trackables/{tid}/position").id("tid", STRING_ID).result(one(LocationDto.class)),
            get("trackables/fences", "/trackables/{tid}/fences").id("tid", STRING_ID).result(list(FenceDto.class)),
            get("trackables/snapshot", "/trackables/{mapId}/snapshot").path("mapId", "mapId")
                    .query("tolerance", "t").query("timeUnit", "ut").query("venueId", "venueId")
                    .query("providerType", "provider_type").result(list(LocationDto.class)),

            get("rooms/get", "/rooms/{rid}").id("rid", INTEGER_ID).result(one(RoomDto.class)),
            put("rooms/update", "/rooms/{rid}").id("rid", INTEGER_ID).body(one(RoomDto.class)).result(one(RoomDto.class)),
            delete("rooms/delete", "/rooms/{rid}").id("rid", INTEGER_ID),
            post("rooms/create", "/rooms").body(one(RoomDto.class)).result(one(RoomDto.class)),
            get("rooms/byMap", "/rooms/by-map/{mid}").path("mapId", "mid").result(list(RoomDto.class)),

            get("providers/list", "/providers").query("venueId", "venue").query("type", "type")
                    .result(list(LocationProviderDto.class)),
            post("providers/create", "/providers").body(one(LocationProviderDto.class))
                    .result(one(LocationProviderDto.class)),
            get("providers/get", "/providers/{lpid}").id("lpid", INTEGER_ID).result(one(LocationProviderDto.class)),
            put("providers/update", "/providers/{lpid}").id("lpid", INTEGER_ID).body(one(LocationProviderDto.class))
                    .result(one(LocationProviderDto.class)),
            delete("providers/delete", "/providers/{lpid}").id("lpid", INTEGER_ID),
            put("providers/updateBattery", "/providers/{lpid}/battery").id("lpid", INTEGER_ID)
                    .requiredQuery("batteryLevel", "batteryLevel").query("updatedAt", "updatedAt"),
            put("providers/ringBeacon", "/providers/beaconring").requiredQuery("uuid", "uuid")
                    .requiredQuery("major", "major").requiredQuery("minor", "minor").result(one(Boolean.class)),
            get("providers/trackable", "/providers/{lpid}/trackable").id("lpid", INTEGER_ID)
                    .result(one(TrackableDto.class)),
            get("providers/position", "/providers/{lpid}/position").id("lpid", INTEGER_ID).result(one(LocationDto.class)),
            get("providers/fences", "/providers/{lpid}/fences").id("lpid", INTEGER_ID).result(list(FenceDto.class)),
            get("providers/byOmlox", "/providers/by-omlox/{omloxId}").path("omloxId", "omloxId")
                    .result(one(LocationProviderDto.class)),
            delete("providers/invalidateModel", "/providers/invalidateModel/{mid}").path("mapId", "mid"),

            post("maps/create", "/maps").body(one(MapDto.class)).result(one(MapDto.class)),
            get("maps/get", "/maps/{mid}").id("mid", INTEGER_ID).result(one(MapDto.class)),
            put("maps/update", "/maps/{mid}").id("mid", INTEGER_ID).body(one(MapDto.class)).result(one(MapDto.class)),
            delete("maps/delete", "/maps/{mid}").id("mid", INTEGER_ID),
            get("maps/walkableMatrix", "/maps/{mid}/walkable-matrix").id("mid", INTEGER_ID)
                    .result(one(WalkableMatrixDto.class)),
            put("maps/updateWalkableMatrix", "/maps/{mid}/walkable-matrix").id("mid", INTEGER_ID)
                    .body(one(WalkableMatrixDto.class)),
            get("maps/gcps", "/maps/{mid}/gcps").id("mid", INTEGER_ID).result(one(GcpsDto.class)),
            post("maps/addGcps", "/maps/{mid}/gcps").id("mid", INTEGER_ID).body(list(GcpDto.class))
                    .result(one(GcpsDto.class)),
            get("maps/byVenue", "/maps/by-venue/{vid}").path("venueId", "vid").result(list(MapDto.class)),
            get("maps/byUuid", "/maps/by-uuid/{uuid}").path("uuid", "uuid").result(one(MapDto.class)),

            get("gateways/list", "/gateways").result(list(GatewayDto.class)),
            post("gateways/create", "/gateways").body(one(GatewayDto.class)).result(one(GatewayDto.class)),
            get("gateways/get", "/gateways/{gid}").id("gid", INTEGER_ID).result(one(GatewayDto.class)),
            put("gateways/update", "/gateways/{gid}").id("gid", INTEGER_ID).body(one(GatewayDto.class))
                    .result(one(GatewayDto.class)),
            delete("gateways/delete", "/gateways/{gid}").id("gid", INTEGER_ID),
            get("gateways/byVenue", "/gateways/by-venue/{vid}").path("venueId", "vid").result(list(GatewayDto.class)),
            get("gateways/bySerial", "/gateways/by-serial/{serial}").path("serial", "serial")
                    .result(one(GatewayDto.class)),
            get("gateways/byMap", "/gateways/by-map/{mid}").path("mapId", "mid").result(list(GatewayDto.class)),

            get("fences/list", "/fences").query("venueId", "venue").query("mapId", "map").result(list(FenceDto.class)),
            post("fences/create", "/fences").body(one(FenceDto.class)).result(one(FenceDto.class)),
            get("fences/get", "/fences/{fid}").id("fid", STRING_ID).result(one(FenceDto.class)),
            put("fences/update", "/fences/{fid}").id("fid", STRING_ID).body(one(FenceDto.class)).result(one(FenceDto.class)),
            delete("fences/delete", "/fences/{fid}").id("fid", STRING_ID),
            get("fences/trackables", "/fences/{fid}/trackables").id("fid", STRING_ID).result(list(String.class)),
            get("fences/providers", "/fences/{fid}/providers").id("fid", STRING_ID)
                    .result(list(LocationProviderSimpleDto.class)),

            get("features/list", "/features").result(list(FeatureDto.class)),
            post("features/create", "/features").query("venueId", "venue").body(one(FeatureDto.class))
                    .result(one(FeatureDto.class)),
            get("features/get", "/features/{featureId}").id("featureId", INTEGER_ID).result(one(FeatureDto.class)),
            put("features/update", "/features/{fid}").id("fid", INTEGER_ID).body(one(FeatureDto.class))
                    .result(one(FeatureDto.class)),
            delete("features/delete", "/features/{featureId}").id("featureId", INTEGER_ID).result(one(String.class)),

            post("locations/create", "/locations").body(one(LocationDto.class)),
            post("locations/createBatch", "/locations/list").body(list(LocationDto.class)),
            get("locations/snapshot", "/locations/{mapId}/snapshot").path("mapId", "mapId")
                    .query("tolerance", "t").query("timeUnit", "ut").query("venueId", "venueId")
                    .query("providerType", "provider_type").result(list(LocationDto.class)),
            get("locations/count", "/locations/{mapId}/count").path("mapId", "mapId")
                    .query("providerType", "provider_type").result(one(Long.class)),
            get("locations/countInRange", "/locations/{mapId}/count-in-range").path("mapId", "mapId")
                    .query("providerType", "provider_type").requiredQuery("start", "start").requiredQuery("end", "end")
                    .result(one(Long.class)),
            get("locations/countInBucket", "/locations/{mapId}/count-in-bucket").path("mapId", "mapId")
                    .query("providerType", "provider_type").requiredQuery("start", "start").requiredQuery("end", "end")
                    .query("step", "step").query("timeUnit", "ut").result(list(PairStringLong.class)),
            get("locations/positions", "/locations/positions/{venueId}").path("venueId", "venueId")
                    .query("tolerance", "t").query("timeUnit", "ut").query("start", "start").query("end", "end")
                    .query("page", "page").query("size", "size").query("providerType", "provider_type")
                    .result(list(LocationDto.class)),

            get("visits/snapshot", "/visit/snapshot/{mapId}").path("mapId", "mapId").query("tolerance", "t")
                    .query("timeUnit", "ut").query("type", "type").result(list(VisitDto.class)),
            get("visits/history", "/visit/history/{venueId}").path("venueId", "venueId").query("start", "start")
                    .query("end", "end").query("timeField", "w").query("tolerance", "t").query("timeUnit", "ut")
                    .query("page", "page").query("size", "size").query("type", "type")
                    .result(one(PairBooleanListVisitDto.class)),
            get("visits/averageDuration", "/visit/average-duration/{mapId}").path("mapId", "mapId")
                    .query("type", "type").result(one(Long.class))));

    private NextomeOperations() {
    }

    /** All operations, in the order of the URI contract. */
    public static Collection<NextomeOperation> all() {
        return BY_NAME.values();
    }

    /**
     * The operation {@code api/method}.
     *
     * @throws IllegalArgumentException naming the valid operations when there is no such operation
     */
    public static NextomeOperation find(String api, String method) {
        NextomeOperation operation = BY_NAME.get(api + "/" + method);
        if (operation == null) {
            throw new IllegalArgumentException("Unknown Nextome operation '" + api + "/" + method
                    + "'. Valid operations are: nextome:raw, "
                    + BY_NAME.keySet().stream().collect(Collectors.joining(", ")));
        }
        return operation;
    }

    private static Map<String, NextomeOperation> index(List<Builder> builders) {
        Map<String, NextomeOperation> byName = new LinkedHashMap<>();
        for (Builder builder : builders) {
            NextomeOperation operation = builder.build();
            if (byName.put(operation.name(), operation) != null) {
                throw new IllegalStateException("Duplicate operation " + operation.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static TypeRef one(Class<?> type) {
        return TypeRef.of(type);
    }

    private static TypeRef list(Class<?> element) {
        return TypeRef.listOf(element);
    }

    private static Builder get(String name, String path) {
        return new Builder(name, "GET", path);
    }

    private static Builder put(String name, String path) {
        return new Builder(name, "PUT", path);
    }

    private static Builder post(String name, String path) {
        return new Builder(name, "POST", path);
    }

    private static Builder delete(String name, String path) {
        return new Builder(name, "DELETE", path);
    }

    private static final class Builder {
        private final String name;
        private final String httpMethod;
        private final String path;
        private final List<OperationOption> options = new ArrayList<>();
        private TypeRef body;
        private TypeRef result;

        Builder(String name, String httpMethod, String path) {
            this.name = name;
            this.httpMethod = httpMethod;
            this.path = path;
        }

        /** The {@code id} option, a string that some APIs require to be an integer. */
        Builder id(String wireName, boolean integerOnly) {
            options.add(new OperationOption("id", wireName, PATH, String.class, true, integerOnly, List.of()));
            return this;
        }

        Builder path(String option, String wireName) {
            return add(option, wireName, PATH, true);
        }

        Builder query(String option, String wireName) {
            return add(option, wireName, QUERY, false);
        }

        Builder requiredQuery(String option, String wireName) {
            return add(option, wireName, QUERY, true);
        }

        Builder body(TypeRef type) {
            this.body = type;
            return this;
        }

        Builder result(TypeRef type) {
            this.result = type;
            return this;
        }

        private Builder add(String option, String wireName, OperationOption.Location location, boolean required) {
            options.add(new OperationOption(option, wireName, location, OPTION_TYPES.getOrDefault(option, String.class),
                    required, false, OPTION_VALUES.getOrDefault(option, List.of())));
            return this;
        }

        NextomeOperation build() {
            int slash = name.indexOf('/');
            return new NextomeOperation(name.substring(0, slash), name.substring(slash + 1), httpMethod, path, options,
                    body, result);
        }
    }
}
