package org.govhub.hub.ingress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the event ingress takes from one caller: how large an event, how deeply nested, and how
 * many per client. An agency's event is a few kilobytes and a handful of levels deep; the limits
 * leave room for that many times over and stop a runaway or hostile client early.
 */
@ConfigurationProperties("govhub.ingress.limits")
public class IngressLimits {

    /** Largest event body accepted, in bytes; larger: 413. */
    private long maxPayloadBytes = 256 * 1024;
    /** Deepest JSON nesting accepted (the envelope is level 1); deeper: 400. */
    private int maxNestingDepth = 16;
    /** Events a client may hand in at once before it is held to the refill rate; then: 429. */
    private long burst = 200;
    /** Events a client may hand in per {@link #refillPeriod} in the long run. */
    private long refill = 200;
    private Duration refillPeriod = Duration.ofMinutes(1);

    public long getMaxPayloadBytes() {
        return maxPayloadBytes;
    }

    public void setMaxPayloadBytes(long maxPayloadBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
    }

    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    public void setMaxNestingDepth(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    public long getBurst() {
        return burst;
    }

    public void setBurst(long burst) {
        this.burst = burst;
    }

    public long getRefill() {
        return refill;
    }

    public void setRefill(long refill) {
        this.refill = refill;
    }

    public Duration getRefillPeriod() {
        return refillPeriod;
    }

    public void setRefillPeriod(Duration refillPeriod) {
        this.refillPeriod = refillPeriod;
    }
}
