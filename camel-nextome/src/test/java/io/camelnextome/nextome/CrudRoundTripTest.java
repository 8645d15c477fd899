package io.camelnextome.nextome;

import java.util.function.Function;

import io.camelnextome.nextome.http.NextomeApiException;
import io.camelnextome.nextome.model.FeatureDto;
import io.camelnextome.nextome.model.FenceDto;
import io.camelnextome.nextome.model.GatewayDto;
import io.camelnextome.nextome.model.LocationProviderDto;
import io.camelnextome.nextome.model.MapDto;
import io.camelnextome.nextome.model.RoomDto;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.VenueCategoryDto;
import io.camelnextome.nextome.model.VenueDto;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** create, get, update, get, delete, get (404) for every API that has them. */
class CrudRoundTripTest extends NextomeTestSupport {

    @RegisterExtension
    static NextomeSimulatorExtension sim = new NextomeSimulatorExtension();

    @Override
    protected NextomeSimulator simulator() {
        return sim.simulator();
    }

    @Test
    void venues() {
        roundTrip("venues", SampleCalls.venue("Plant"), VenueDto::getId, v -> v.setName("Plant 2"), VenueDto::getName);
    }

    @Test
    void venueCategories() {
        roundTrip("venue-categories", SampleCalls.category("Cold"), VenueCategoryDto::getId, c -> c.setName("Frozen"),
                VenueCategoryDto::getName);
    }

    @Test
    void trackables() {
        roundTrip("trackables", SampleCalls.trackable("T-777", "Pallet"), TrackableDto::getId,
                t -> t.setName("Pallet 2"), TrackableDto::getName);
    }

    @Test
    void rooms() {
        roundTrip("rooms", SampleCalls.room("Store"), RoomDto::getId, r -> r.setName("Store 2"), RoomDto::getName);
    }

    @Test
    void providers() {
        roundTrip("providers", SampleCalls.provider("Tag X"), LocationProviderDto::getId, p -> p.setName("Tag Y"),
                LocationProviderDto::getName);
    }

    @Test
    void maps() {
        roundTrip("maps", SampleCalls.map("Roof"), MapDto::getId, m -> m.setName("Roof 2"), MapDto::getName);
    }

    @Test
    void gateways() {
        roundTrip("gateways", SampleCalls.gateway("GW-7777"), GatewayDto::getId, g -> g.setLabel("Relabelled"),
                GatewayDto::getLabel);
    }

    @Test
    void fences() {
        roundTrip("fences", SampleCalls.fence("F-777", "Dock"), FenceDto::getId, f -> f.setName("Dock 2"),
                FenceDto::getName);
    }

    @Test
    void features() {
        roundTrip("features", SampleCalls.feature("Fragile"), FeatureDto::getId, f -> f.setName("Very fragile"),
                FeatureDto::getName);
    }

    @SuppressWarnings("unchecked")
    private <T> void roundTrip(String api, T draft, Function<T, Object> id, java.util.function.Consumer<T> change,
                               Function<T, String> changed) {
        Class<T> type = (Class<T>) draft.getClass();
        T created = assertInstanceOf(type, call("nextome:" + api + "/create", draft));
        Object createdId = id.apply(created);
        assertNotNull(createdId, api + " create returns the id");
        String uriId = "?id=" + createdId;

        T read = assertInstanceOf(type, call("nextome:" + api + "/get" + uriId, null));
        assertEquals(created, read);

        change.accept(read);
        T updated = assertInstanceOf(type, call("nextome:" + api + "/update" + uriId, read));
        assertEquals(changed.apply(read), changed.apply(updated));
        assertEquals(changed.apply(read),
                changed.apply(type.cast(call("nextome:" + api + "/get" + uriId, null))));

        call("nextome:" + api + "/delete" + uriId, null);
        CamelExecutionException gone = assertThrows(CamelExecutionException.class,
                () -> call("nextome:" + api + "/get" + uriId, null));
        NextomeApiException notFound = assertInstanceOf(NextomeApiException.class, gone.getCause());
        assertEquals(404, notFound.getStatusCode());
    }
}
