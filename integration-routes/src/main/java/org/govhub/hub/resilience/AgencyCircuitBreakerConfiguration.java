package org.govhub.hub.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.govhub.connectors.support.AgencyCircuitBreakers;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per agency system for every sink route (found in the Camel registry),
 * configured under {@code govhub.connectors.circuit-breaker}, its state on
 * {@code /actuator/prometheus} as {@code resilience4j_circuitbreaker_state{name="<agency>"}}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgencyCircuitBreakerConfiguration.Settings.class)
public class AgencyCircuitBreakerConfiguration {

    /** govhub.connectors.circuit-breaker.* */
    @ConfigurationProperties("govhub.connectors.circuit-breaker")
    public record Settings(Float failureRatePercent, Integer window, Integer minimumCalls, Duration openFor,
                           Integer halfOpenCalls) {

        public Settings {
            failureRatePercent = failureRatePercent == null ? 50f : failureRatePercent;
            window = window == null ? 20 : window;
            minimumCalls = minimumCalls == null ? 10 : minimumCalls;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
            halfOpenCalls = halfOpenCalls == null ? 3 : halfOpenCalls;
        }
    }

    @Bean
    CircuitBreakerRegistry agencyCircuitBreakers(Settings s, MeterRegistry meters) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(AgencyCircuitBreakers.config(
                s.failureRatePercent(), s.window(), s.minimumCalls(), s.openFor(), s.halfOpenCalls()));
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }
}
