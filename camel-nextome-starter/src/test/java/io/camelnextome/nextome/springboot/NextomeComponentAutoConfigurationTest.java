package io.camelnextome.nextome.springboot;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelnextome.nextome.NextomeComponent;
import io.camelnextome.nextome.NextomeConfiguration;
import io.camelnextome.simulator.NextomeSimulator;
import io.camelnextome.simulator.NextomeSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a Spring Boot user writes in application.properties reaches the {@code nextome} component, and a route
 * calls the simulator with it.
 */
class NextomeComponentAutoConfigurationTest {

    @RegisterExtension
    static final NextomeSimulatorExtension SIM = new NextomeSimulatorExtension(b -> b.generation(false));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, NextomeComponentConverter.class,
                    NextomeComponentAutoConfiguration.class))
            .withUserConfiguration(Beans.class);

    @Test
    void propertiesConfigureTheComponentAndItsCalls() {
        NextomeSimulator sim = SIM.simulator();
        runner.withPropertyValues(
                "camel.component.nextome.base-url=" + sim.baseUrl(),
                "camel.component.nextome.client-id=" + sim.clientId(),
                "camel.component.nextome.client-secret=" + sim.clientSecret(),
                "camel.component.nextome.venue-id=1",
                "camel.component.nextome.retry-max-delay=2s",
                "camel.component.nextome.connect-timeout=1500ms",
                "camel.component.nextome.http-client-configurer=#countingConfigurer")
                .run(spring -> {
                    CamelContext camel = spring.getBean(CamelContext.class);
                    NextomeConfiguration config = camel.getComponent("nextome", NextomeComponent.class).getConfiguration();
                    assertThat(config.getBaseUrl()).isEqualTo(sim.baseUrl());
                    assertThat(config.getClientId()).isEqualTo(sim.clientId());
                    assertThat(config.getVenueId()).isEqualTo(1L);
                    assertThat(config.getRetryMaxDelay()).isEqualTo(2000L);
                    assertThat(config.getConnectTimeout()).isEqualTo(1500L);
                    assertThat(config.getMaxRetries()).isEqualTo(3);
                    CountingConfigurer configurer = spring.getBean(CountingConfigurer.class);
                    assertThat(config.getHttpClientConfigurer()).isSameAs(configurer);

                    // venueId comes from the component: maps/byVenue needs it and the URI does not give it
                    List<?> maps = spring.getBean(ProducerTemplate.class).requestBody("nextome:maps/byVenue", null, List.class);
                    assertThat(maps).isNotEmpty();
                    assertThat(configurer.calls).hasPositiveValue();
                });
    }

    @Test
    void aConfigurationBeanKeepsItsValues() {
        NextomeSimulator sim = SIM.simulator();
        runner.withBean("sharedNextome", NextomeConfiguration.class, () -> {
            NextomeConfiguration shared = new NextomeConfiguration();
            shared.setBaseUrl(sim.baseUrl());
            shared.setClientId(sim.clientId());
            shared.setClientSecret(sim.clientSecret());
            shared.setMaxRetries(7);
            shared.setConnectTimeout(1234);
            return shared;
        }).withPropertyValues("camel.component.nextome.configuration=#sharedNextome",
                "camel.component.nextome.venue-id=1")
                .run(spring -> {
                    NextomeConfiguration config = spring.getBean(CamelContext.class)
                            .getComponent("nextome", NextomeComponent.class).getConfiguration();
                    assertThat(config.getBaseUrl()).isEqualTo(sim.baseUrl());
                    assertThat(config.getMaxRetries()).isEqualTo(7);
                    assertThat(config.getConnectTimeout()).isEqualTo(1234L);
                    assertThat(config.getVenueId()).isEqualTo(1L);
                });
    }

    @Test
    void customizerCanBeTurnedOff() {
        runner.withPropertyValues("camel.component.nextome.client-id=someone",
                "camel.component.nextome.customizer.enabled=false")
                .run(spring -> assertThat(spring.getBean(CamelContext.class)
                        .getComponent("nextome", NextomeComponent.class).getConfiguration().getClientId()).isNull());
    }

    @Test
    void anObjectOptionThatIsNoBeanReferenceFailsNamingTheProperty() {
        runner.withPropertyValues("camel.component.nextome.ssl-context-parameters=mySsl")
                .run(spring -> assertThat(spring).hasFailed().getFailure()
                        .hasStackTraceContaining("camel.component.nextome.ssl-context-parameters")
                        .hasStackTraceContaining("Expected a bean reference such as #name"));
    }

    @Test
    void consumerPoolSizeBindsAndANegativeOneFailsNamingTheOptionAndValue() {
        runner.withPropertyValues("camel.component.nextome.consumer-pool-size=3")
                .run(spring -> assertThat(spring.getBean(CamelContext.class)
                        .getComponent("nextome", NextomeComponent.class).getConsumerPoolSize()).isEqualTo(3));
        // the component is made, and configured, on first use
        runner.withPropertyValues("camel.component.nextome.consumer-pool-size=-1")
                .run(spring -> assertThatThrownBy(() -> spring.getBean(CamelContext.class).getComponent("nextome"))
                        .hasStackTraceContaining("consumerPoolSize must be 0 (a thread per consumer) or more, was -1")
                        .hasStackTraceContaining("Error binding property (consumerPoolSize=-1)"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        CountingConfigurer countingConfigurer() {
            return new CountingConfigurer();
        }
    }

    static class CountingConfigurer implements HttpClientConfigurer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void configureHttpClient(org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
            calls.incrementAndGet();
        }
    }
}
