package io.camelnextome.quarkus.nextome.deployment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Dev Services read the application's Nextome options: every spelling Camel binds, profiles, expressions. */
class ConfiguredOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = { "camel.component.nextome.baseUrl", "camel.component.nextome.base-url",
            "camel.component.nextome.baseurl", "CAMEL_COMPONENT_NEXTOME_BASEURL", "camel.component.nextome.authUrl",
            "camel.component.nextome.accessToken", "camel.component.nextome.accesstoken" })
    void anEndpointOrTokenInAnySpellingNamesANextome(String name) {
        assertEquals(Optional.of(name), options(Map.of(name, "x")).connection());
    }

    @Test
    void onlyCredentialsOrOtherProfilesNameNoNextome() {
        ConfiguredOptions options = options(Map.of(
                "%prod.camel.component.nextome.baseUrl", "https://nextome.example",
                "%prod.camel.component.nextome.accessToken", "prod-token",
                "camel.component.nextome.clientId", "team",
                "camel.component.nextome.clientSecret", "secret",
                "camel.component.nextome.maxRetries", "0"));
        assertEquals(Optional.empty(), options.connection());
    }

    @Test
    void anUnresolvableBaseUrlStillNamesANextome() {
        assertEquals(Optional.of("camel.component.nextome.baseUrl"),
                options(Map.of("camel.component.nextome.baseUrl", "${NEXTOME_URL_NOBODY_SETS}")).connection());
    }

    @Test
    void configuredCredentialsAreKept() {
        Map<String, String> missing = new HashMap<>();
        ConfiguredOptions options = options(Map.of(
                "camel.component.nextome.client-id", "team",
                "team.secret", "s3cret",
                "CAMEL_COMPONENT_NEXTOME_CLIENTSECRET", "${team.secret}"));
        assertEquals("team", options.valueOr("clientId", "demo", missing));
        assertEquals("s3cret", options.valueOr("clientSecret", "demo", missing));
        assertEquals(Optional.of("CAMEL_COMPONENT_NEXTOME_CLIENTSECRET"), options.nameOf("clientSecret"));
        assertEquals(Map.of(), missing);
    }

    @Test
    void absentCredentialsTakeTheFallback() {
        Map<String, String> missing = new HashMap<>();
        assertEquals("demo", options(Map.of()).valueOr("clientSecret", "demo", missing));
        assertEquals(Map.of(), missing);
    }

    @Test
    void propertiesThatAnExpressionNeedsAndNobodySetsAreSuppliedWithTheFallback() {
        Map<String, String> missing = new HashMap<>();
        ConfiguredOptions options = options(Map.of(
                "camel.component.nextome.clientId", "${NEXTOME_ID_NOBODY_SETS:team}",
                "camel.component.nextome.clientSecret", "${NEXTOME_SECRET_NOBODY_SETS}-v2"));
        assertEquals("team", options.valueOr("clientId", "demo-id", missing));
        assertEquals("demo-secret-v2", options.valueOr("clientSecret", "demo-secret", missing));
        assertEquals(Map.of("NEXTOME_SECRET_NOBODY_SETS", "demo-secret"), missing);
    }

    private static ConfiguredOptions options(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withProfile("dev")
                .build();
        return ConfiguredOptions.of(config);
    }
}
