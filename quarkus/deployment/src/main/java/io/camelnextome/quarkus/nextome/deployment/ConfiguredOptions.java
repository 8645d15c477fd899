package io.camelnextome.quarkus.nextome.deployment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

import io.smallrye.common.expression.Expression;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Expressions;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code camel.component.nextome.*} options an application configures, found under every spelling Camel Main
 * binds to the same option: {@code baseUrl}, {@code base-url}, {@code baseurl} or the environment variable
 * {@code CAMEL_COMPONENT_NEXTOME_BASEURL}. Names scoped to another profile ({@code %prod.}) do not count.
 */
final class ConfiguredOptions {

    static final String PREFIX = "camel.component.nextome.";
    private static final String NORMALIZED_PREFIX = normalize(PREFIX);
    // the flags SmallRye Config compiles property expressions with
    private static final Expression.Flag[] EXPRESSION_FLAGS = { Expression.Flag.LENIENT_SYNTAX,
            Expression.Flag.NO_TRIM, Expression.Flag.NO_SMART_BRACES, Expression.Flag.DOUBLE_COLON };

    private final Config config;
    /** The property name each option is set under, by normalized option name; the highest ordinal wins. */
    private final Map<String, ConfigValue> byOption;

    private ConfiguredOptions(Config config, Map<String, ConfigValue> byOption) {
        this.config = config;
        this.byOption = byOption;
    }

    static ConfiguredOptions of(Config config) {
        SmallRyeConfig smallRye = config.unwrap(SmallRyeConfig.class);
        Map<String, ConfigValue> byOption = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            String key = normalize(name);
            if (name.startsWith("%") || !key.startsWith(NORMALIZED_PREFIX)) {
                continue;
            }
            ConfigValue raw = Expressions.withoutExpansion(() -> smallRye.getConfigValue(name));
            if (raw.getValue() == null || raw.getValue().isBlank()) {
                continue;
            }
            byOption.merge(key.substring(NORMALIZED_PREFIX.length()), raw,
                    (a, b) -> a.getConfigSourceOrdinal() >= b.getConfigSourceOrdinal() ? a : b);
        }
        return new ConfiguredOptions(config, byOption);
    }

    /**
     * The property naming a Nextome to talk to: where to call ({@code baseUrl}, {@code authUrl}) or a token only a
     * real Nextome knows ({@code accessToken}). With any of them a simulator would either be bypassed or get
     * credentials meant for another endpoint.
     */
    Optional<String> connection() {
        return Stream.of("baseUrl", "authUrl", "accessToken").map(this::nameOf).flatMap(Optional::stream).findFirst();
    }

    /** The property name the option is set under, whether or not its value resolves. */
    Optional<String> nameOf(String option) {
        return Optional.ofNullable(byOption.get(normalize(option))).map(ConfigValue::getName);
    }

    /**
     * The value the application will see for the option, or {@code fallback} when it is not set. A value that refers
     * to properties nobody sets (such as {@code ${NEXTOME_CLIENT_SECRET}} in dev mode) is completed with
     * {@code fallback} in their place, and those properties are added to {@code missing}.
     */
    String valueOr(String option, String fallback, Map<String, String> missing) {
        ConfigValue raw = byOption.get(normalize(option));
        if (raw == null) {
            return fallback;
        }
        return Expression.compile(raw.getValue(), EXPRESSION_FLAGS).evaluate((context, builder) -> {
            String key = context.getKey();
            Optional<String> value = resolved(key);
            if (value.isPresent()) {
                builder.append(value.get());
            } else if (context.hasDefault()) {
                context.expandDefault();
            } else {
                builder.append(missing.computeIfAbsent(key, k -> fallback));
            }
        });
    }

    private Optional<String> resolved(String key) {
        try {
            return config.getOptionalValue(key, String.class);
        } catch (NoSuchElementException | IllegalArgumentException unresolvable) {
            return Optional.empty();
        }
    }

    /** Lower case, without the separators Camel and the environment variable mapping ignore. */
    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
