package org.govhub.simulators.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Faults an operator or a test switches on per simulated agency: an outage (the agency's API
 * answers 503 until it ends), dropped connections (answers broken off mid-way) or added latency. Set through {@code /_sim/{agency}/faults}.
 */
@Component
public class AgencyFaults {

    private final Clock clock;
    private final Map<String, Instant> outageUntil = new ConcurrentHashMap<>();
    private final Map<String, Duration> latency = new ConcurrentHashMap<>();
    private final Map<String, Instant> droppingUntil = new ConcurrentHashMap<>();

    public AgencyFaults() {
        this(Clock.systemUTC());
    }

    AgencyFaults(Clock clock) {
        this.clock = clock;
    }

    public void outage(String agency, Duration duration) {
        outageUntil.put(agency, clock.instant().plus(duration));
    }

    /** Until then the agency breaks off every answer mid-way and closes the connection. */
    public void dropConnections(String agency, Duration duration) {
        droppingUntil.put(agency, clock.instant().plus(duration));
    }

    public boolean isDropping(String agency) {
        Instant until = droppingUntil.get(agency);
        return until != null && clock.instant().isBefore(until);
    }

    public void latency(String agency, Duration delay) {
        latency.put(agency, delay);
    }

    public void clear(String agency) {
        outageUntil.remove(agency);
        droppingUntil.remove(agency);
        latency.remove(agency);
    }

    public void clearAll() {
        outageUntil.clear();
        droppingUntil.clear();
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
