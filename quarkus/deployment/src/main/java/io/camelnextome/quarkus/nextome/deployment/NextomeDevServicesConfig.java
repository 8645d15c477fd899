package io.camelnextome.quarkus.nextome.deployment;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Dev Services for Nextome: a simulator started in dev and test mode. */
@ConfigMapping(prefix = "quarkus.camel.nextome.devservices")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface NextomeDevServicesConfig {

    /**
     * Whether dev and test mode start a Nextome simulator on loopback when {@code camel.component.nextome.baseUrl}
     * is not configured, and point the component at it. Never in production mode.
     */
    @WithDefault("true")
    boolean enabled();

    /** The simulator's port on 127.0.0.1; {@code 0} picks a free port. */
    @WithDefault("0")
    int port();
}
