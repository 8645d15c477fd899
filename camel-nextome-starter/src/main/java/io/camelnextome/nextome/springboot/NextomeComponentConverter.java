package io.camelnextome.nextome.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import io.camelnextome.nextome.NextomeConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the object options of {@code camel.component.nextome.*} name a Spring bean, as Camel's own starters do:
 * {@code camel.component.nextome.ssl-context-parameters=#mySsl} (or {@code #bean:mySsl}).
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class NextomeComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_TYPES
            = Set.of(NextomeConfiguration.class, HttpClientConfigurer.class, SSLContextParameters.class);

    private final ApplicationContext applicationContext;

    public NextomeComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return BEAN_TYPES.stream().map(type -> new ConvertiblePair(String.class, type)).collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException(
                    "Expected a bean reference such as #name for a " + targetType.getType().getName() + ", not " + ref);
        }
        String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
