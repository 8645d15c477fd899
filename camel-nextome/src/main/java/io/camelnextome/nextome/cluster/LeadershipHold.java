package io.camelnextome.nextome.cluster;

import org.apache.camel.Endpoint;
import org.apache.camel.Route;

/**
 * Keeps the leadership of a {@code master:} route until the Nextome consumer inside it has stopped. On a route
 * stop, camel-master releases its cluster view before it stops the consumer it wraps, so a standby could read the
 * watermark while the old leader's poll still delivers. Cluster services count the references to a view and give
 * up the leadership only when the last one is released: the consumer holds one from its start to the end of its
 * stop, after it saved its watermark.
 * <p>
 * Refers to no camel-master class: {@link MasterViewHold} is only loaded for a route whose endpoint is
 * camel-master's, so camel-master stays optional.
 */
public interface LeadershipHold {

    /** What a consumer holds outside a {@code master:} route: nothing. */
    LeadershipHold NONE = () -> {
    };

    /** Gives the leadership back to the cluster service (once the other holders released it too). */
    void release();

    /** A hold on the cluster view of route, when it is a {@code master:} route; {@link #NONE} otherwise. */
    static LeadershipHold of(Route route) throws Exception {
        Endpoint input = route == null ? null : route.getEndpoint();
        if (input == null || !MasterViewHold.MASTER_ENDPOINT.equals(input.getClass().getName())) {
            return NONE;
        }
        return MasterViewHold.hold(input);
    }
}
