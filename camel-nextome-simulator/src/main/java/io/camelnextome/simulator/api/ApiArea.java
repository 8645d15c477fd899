package io.camelnextome.simulator.api;

import io.camelnextome.simulator.http.ApiRouter;

/** The operations of one tag of the OpenAPI document. */
public interface ApiArea {

    void register(ApiRouter api);
}
