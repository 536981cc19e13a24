package org.govhub.simulators.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Faults an operator or a test switches on per simulated agency: an outage (the agency's API
 * answers 503 until it ends) or added latency. Set through {@code /_sim/{agency}/faults}.
 */
@Component
public class AgencyFaults {

    private final Clock clock;
    private final Map<String, Instant> outageUntil = new ConcurrentHashMap<>();
    private final Map<String, Duration> latency = new ConcurrentHashMap<>();

    public AgencyFaults() {
        this(Clock.systemUTC());
    }

    AgencyFaults(Clock clock) {
        this.clock = clock;
    }

    public void outage(String agency, Duration duration) {
        outageUntil.put(agency, clock.instant().plus(duration));
    }

    public void latency(String agency, Duration delay) {
        latency.put(agency, delay);
    }

    public void clear(String agency) {
        outageUntil.remove(agency);
        latency.remove(agency);
    }

    public void clearAll() {
        outageUntil.clear();
        latency.clear();
    }

    public boolean isDown(String agency) {
        Instant until = outageUntil.get(agency);
        return until != null && clock.instant().isBefore(until);
    }

    public Duration latency(String agency) {
        return latency.getOrDefault(agency, Duration.ZERO);
    }
}
