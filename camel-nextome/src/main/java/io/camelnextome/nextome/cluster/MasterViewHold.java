package io.camelnextome.nextome.cluster;

import org.apache.camel.Endpoint;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.master.MasterEndpoint;

/** A reference to the cluster view of a {@code master:} endpoint, taken from the service its component uses. */
final class MasterViewHold {

    static final String MASTER_ENDPOINT = "org.apache.camel.component.master.MasterEndpoint";

    private MasterViewHold() {
    }

    static LeadershipHold hold(Endpoint endpoint) throws Exception {
        MasterEndpoint master = (MasterEndpoint) endpoint;
        CamelClusterService service = master.getComponent().getService();
        if (service == null) {
            return LeadershipHold.NONE; // not initialized: there is no leadership to keep
        }
        CamelClusterView view = service.getView(master.getNamespace());
        return new LeadershipHold() {
            private boolean released;

            @Override
            public synchronized void release() {
                if (!released) {
                    released = true;
                    try {
                        service.releaseView(view);
                    } catch (Exception e) {
                        throw new IllegalStateException("Cannot release the cluster view '" + master.getNamespace()
                                                        + "'", e);
                    }
                }
            }
        };
    }
}
