package io.camelnextome.quarkus.nextome.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.consumer.FileWatermarkRepository;
import io.camelnextome.nextome.http.NextomeApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/** HTTP front of the test routes, so that the same tests drive a JVM application and a native executable. */
@Path("/nextome")
@Produces(MediaType.APPLICATION_JSON)
public class NextomeResource {

    @Inject
    ProducerTemplate producer;

    @Inject
    CamelContext context;

    @Inject
    DeliveredPositions deliveredPositions;

    @Inject
    ProviderChanges providerChanges;

    /** The size of the file the position stream keeps its watermarks in. */
    @GET
    @Path("/watermarks/size")
    public long watermarksSize() {
        return context.getRegistry().lookupByNameAndType("watermarks", FileWatermarkRepository.class).getFileStore()
                .length();
    }

    @GET
    @Path("/trackables/{id}")
    public Response getTrackable(@PathParam("id") String id) {
        return call("trackable-get", null, Map.of(NextomeConstants.ID, id));
    }

    @POST
    @Path("/trackables")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTrackable(String json) {
        return call("trackable-create", json, Map.of());
    }

    @PUT
    @Path("/trackables/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateTrackable(@PathParam("id") String id, String json) {
        return call("trackable-update", json, Map.of(NextomeConstants.ID, id));
    }

    @DELETE
    @Path("/trackables/{id}")
    public Response deleteTrackable(@PathParam("id") String id) {
        return call("trackable-delete", null, Map.of(NextomeConstants.ID, id));
    }

    @GET
    @Path("/positions/{venueId}")
    public Response positions(@PathParam("venueId") long venueId, @QueryParam("start") Long start,
            @QueryParam("end") Long end) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(NextomeConstants.VENUE_ID, venueId);
        if (start != null) {
            headers.put(NextomeConstants.START, start);
        }
        if (end != null) {
            headers.put(NextomeConstants.END, end);
        }
        return call("positions", null, headers);
    }

    @POST
    @Path("/positions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPositions(String json) {
        return call("positions-create", json, Map.of());
    }

    @PUT
    @Path("/providers/{id}/battery")
    public Response updateBattery(@PathParam("id") long id, @QueryParam("level") int level) {
        return call("provider-battery", null, Map.of(NextomeConstants.ID, id, NextomeConstants.BATTERY_LEVEL, level));
    }

    @POST
    @Path("/routes/{routeId}/start")
    public void startRoute(@PathParam("routeId") String routeId) throws Exception {
        context.getRouteController().startRoute(routeId);
    }

    @POST
    @Path("/routes/{routeId}/stop")
    public void stopRoute(@PathParam("routeId") String routeId) throws Exception {
        context.getRouteController().stopRoute(routeId);
    }

    @GET
    @Path("/position-stream")
    public List<DeliveredPositions.Delivered> streamedPositions() {
        return deliveredPositions.all();
    }

    @GET
    @Path("/provider-changes")
    public List<ProviderChanges.Change> providerChanges() {
        return providerChanges.all();
    }

    private Response call(String route, Object body, Map<String, Object> headers) {
        try {
            String json = producer.requestBodyAndHeaders("direct:" + route, body, headers, String.class);
            return json == null ? Response.noContent().build() : Response.ok(json).build();
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof NextomeApiException apiError) {
                return Response.status(apiError.getStatusCode()).entity(apiError.getMessage())
                        .type(MediaType.TEXT_PLAIN).build();
            }
            throw e;
        }
    }
}
