package io.camelnextome.nextome.geo;

import java.io.InputStream;
import java.io.OutputStream;

import io.camelnextome.nextome.NextomeJson;
import org.apache.camel.Exchange;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The data format {@code nextome-omlox}: marshals positions read with {@code coordinates=WGS84} into omlox™ hub
 * {@code Location} JSON (see {@link Omlox}), ready for a plain {@code http} endpoint to send to a hub. It only
 * marshals.
 */
public class OmloxDataFormat extends ServiceSupport implements DataFormat, DataFormatName {

    private String source = "nextome";

    @Override
    public String getDataFormatName() {
        return "nextome-omlox";
    }

    public String getSource() {
        return source;
    }

    /** The omlox {@code source}: the id of the RTLS zone (or foreign id) the hub knows Nextome's positions by. */
    public void setSource(String source) {
        this.source = source;
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        NextomeJson.MAPPER.writeValue(stream, Omlox.of(graph, source));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) {
        throw new UnsupportedOperationException("nextome-omlox only marshals: unmarshal omlox JSON with json()");
    }
}
