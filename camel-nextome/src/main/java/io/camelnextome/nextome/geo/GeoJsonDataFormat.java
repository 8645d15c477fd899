package io.camelnextome.nextome.geo;

import java.io.InputStream;
import java.io.OutputStream;

import io.camelnextome.nextome.NextomeJson;
import org.apache.camel.Exchange;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The data format {@code nextome-geojson}: marshals what an endpoint with {@code coordinates=WGS84} returns into
 * GeoJSON (see {@link GeoJson}): {@code marshal().custom("nextome-geojson")}, or in YAML
 * {@code marshal: {custom: {ref: nextome-geojson}}}. With {@code tracks} set, a list of positions becomes one
 * LineString per trackable and map. It only marshals.
 */
public class GeoJsonDataFormat extends ServiceSupport implements DataFormat, DataFormatName {

    private boolean tracks;

    @Override
    public String getDataFormatName() {
        return "nextome-geojson";
    }

    public boolean isTracks() {
        return tracks;
    }

    /** Marshal a list of positions as one LineString per trackable and map instead of one Point per position. */
    public void setTracks(boolean tracks) {
        this.tracks = tracks;
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        NextomeJson.MAPPER.writeValue(stream, tracks ? GeoJson.tracks(graph) : GeoJson.of(graph));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/geo+json");
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) {
        throw new UnsupportedOperationException("nextome-geojson only marshals: unmarshal GeoJSON with json()");
    }
}
