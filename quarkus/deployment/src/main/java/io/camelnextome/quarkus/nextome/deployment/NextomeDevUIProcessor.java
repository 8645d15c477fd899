package io.camelnextome.quarkus.nextome.deployment;

import io.camelnextome.quarkus.nextome.runtime.devui.NextomeJsonRpcService;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/**
 * The extension's card in the Quarkus Dev UI ({@code /q/dev-ui}, dev mode only): one page with what the
 * {@code nextome} dev console shows, read at runtime through {@link NextomeJsonRpcService}. Neither item is produced
 * outside local development, so a production application has neither the page nor the service.
 */
@BuildSteps(onlyIf = IsLocalDevelopment.class)
class NextomeDevUIProcessor {

    static final String COMPONENT = "qwc-nextome-console.js";

    @BuildStep
    CardPageBuildItem card() {
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder()
                .title("Nextome console")
                .icon("font-awesome-solid:location-crosshairs")
                .componentLink(COMPONENT));
        return card;
    }

    @BuildStep
    JsonRPCProvidersBuildItem jsonRpcService() {
        return new JsonRPCProvidersBuildItem(NextomeJsonRpcService.class);
    }
}
