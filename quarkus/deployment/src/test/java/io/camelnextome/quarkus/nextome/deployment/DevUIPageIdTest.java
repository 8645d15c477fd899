package io.camelnextome.quarkus.nextome.deployment;

import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.PageBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dev UI derives a page's address from its title (lower case, blanks as dashes, the rest URL-encoded): a title
 * with punctuation gives an address such as {@code tokens%2C-consumers%2C-calls} that the Dev UI's router does not
 * find on a reload or a bookmark (it falls back to the extensions list), so titles stay letters, digits and blanks.
 */
class DevUIPageIdTest {

    @Test
    void pageAddressesSurviveAReload() {
        CardPageBuildItem card = new NextomeDevUIProcessor().card();
        for (PageBuilder<?> page : card.getPages()) {
            String id = page.build().getId();
            assertTrue(id.matches("[a-z0-9-]+(/[a-z0-9-]+)?"), id);
        }
    }
}
