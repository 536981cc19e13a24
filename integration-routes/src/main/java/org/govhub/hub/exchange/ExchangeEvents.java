package org.govhub.hub.exchange;

import java.time.Duration;

/**
 * What happened to exchanges, published by {@link ExchangeRepository} inside its transaction
 * and delivered to listeners once it commits (metrics now; the audit log next).
 */
public final class ExchangeEvents {

    private ExchangeEvents() {
    }

    /** An event was accepted and triggers these mandates. */
    public record Accepted(java.util.List<String> mandates) {
    }

    /**
     * An obligation got its first final outcome (or a result replacing a failure).
     *
     * @param latency from the command being sent to the outcome
     * @param late whether it ended after its deadline
     * @param retries attempts beyond the first
     */
    public record ObligationSettled(String mandate, String agency, ObligationRole role, ObligationStatus status,
                                    Duration latency, boolean late, int retries) {
    }

    /** Every recipient of a mandate answered, for the first time for this exchange. */
    public record MandateCompleted(String mandate, String outcome, Duration duration) {
    }
}
