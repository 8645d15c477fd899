package io.camelnextome.nextome.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.camelnextome.nextome.NextomeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.nextome.*} to every {@code nextome} component of the CamelContext, the one Camel
 * creates on first use as well as any the application declares, through Camel's {@link ComponentCustomizer}, as the
 * starters of camel-spring-boot do. {@code camel.component.nextome.enabled=false} turns it off, as does
 * {@code camel.component.nextome.customizer.enabled=false} (or {@code camel.component.customizer.enabled=false}).
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, NextomeComponentConverter.class })
@ConditionalOnClass(NextomeComponent.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.nextome" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, NextomeComponentConfiguration.class })
public class NextomeComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureNextomeComponent(ApplicationContext applicationContext,
            NextomeComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                // bound as Camel Main binds them, so that a value the component refuses fails with its reason;
                // CamelPropertiesHelper.copyProperties retries a refused value as a bean name and reports only
                // "No bean could be found in the registry for: -1" (bean options are resolved by the converter)
                PropertyBindingSupport.build().withIgnoreCase(true).withMandatory(true).bind(target.getCamelContext(),
                        target, propertiesToApply(target.getCamelContext(), configuration));
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof NextomeComponent
                        && HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                                "camel.component.customizer", "camel.component.nextome.customizer");
            }
        };
    }

    /**
     * The properties to set on the component: a {@code configuration} bean first, then every other property that
     * differs from its default. A default is never copied, as the component's own configuration has it already,
     * and copying it would overwrite the value a {@code camel.component.nextome.configuration=#bean} holds.
     */
    static Map<String, Object> propertiesToApply(CamelContext camel, NextomeComponentConfiguration configuration) {
        Map<String, Object> defaults = CamelPropertiesHelper.getNonNullProperties(camel,
                new NextomeComponentConfiguration());
        Map<String, Object> given = CamelPropertiesHelper.getNonNullProperties(camel, configuration);
        Map<String, Object> apply = new LinkedHashMap<>();
        Object bean = given.remove("configuration");
        if (bean != null) {
            apply.put("configuration", bean);
        }
        given.forEach((option, value) -> {
            if (!Objects.equals(value, defaults.get(option))) {
                apply.put(option, value);
            }
        });
        return apply;
    }
}
