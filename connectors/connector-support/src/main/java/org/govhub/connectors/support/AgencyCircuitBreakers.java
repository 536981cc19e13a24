package org.govhub.connectors.support;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;

/**
 * The circuit breakers of the agency systems, one per agency (shared by its connectors'
 * routes). Only {@link AgencyUnavailableException} counts as a failure: a refusal or a contract
 * breach means the agency is up. The hub registers its own registry from configuration
 * ({@code govhub.connectors.circuit-breaker.*}); a route finds it in the Camel registry.
 */
public final class AgencyCircuitBreakers {

    private static final CircuitBreakerRegistry DEFAULTS = CircuitBreakerRegistry.of(config(50, 10, 5,
            Duration.ofSeconds(30), 3));

    private AgencyCircuitBreakers() {
    }

    /** Used where no registry is configured (a connector on its own, in a test). */
    public static CircuitBreakerRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * @param failureRatePercent open when this share of the recent calls failed
     * @param window how many recent calls are counted
     * @param minimumCalls calls needed before the rate is judged
     * @param openFor how long calls are held back before trying again
     * @param halfOpenCalls trial calls while half open
     */
    public static CircuitBreakerConfig config(float failureRatePercent, int window, int minimumCalls,
                                              Duration openFor, int halfOpenCalls) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRatePercent)
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(minimumCalls)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(halfOpenCalls)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordExceptions(AgencyUnavailableException.class)
                .build();
    }
}
