package org.govhub.hub.exchange;

import java.time.Duration;

/**
 * What happened to exchanges, published inside the transaction that recorded it: the audit log
 * listens synchronously (its record commits with the fact, or neither does), metrics after the
 * commit.
 */
public final class ExchangeEvents {

    private ExchangeEvents() {
    }

    /** An event was accepted and triggers these mandates; {@code payload} is the CloudEvent as received. */
    public record Accepted(java.util.UUID exchangeId, String source, String type, String caller,
                           java.util.List<String> mandates, byte[] payload) {
    }

    /**
     * A command carrying exactly {@code fields} of the event is being sent to {@code agency};
     * {@code eventData} is the whole event data, from which the audit log tells whom they are about.
     */
    public record DataShared(java.util.UUID exchangeId, String mandate, String agency, String command,
                             java.util.List<String> fields, com.fasterxml.jackson.databind.JsonNode eventData) {
    }

    /**
     * An obligation got its first final outcome (or a result replacing a failure).
     *
     * @param latency from the command being sent to the outcome
     * @param late whether it ended after its deadline
     * @param retries attempts beyond the first
     */
    public record ObligationSettled(java.util.UUID exchangeId, String mandate, String agency, ObligationRole role,
                                    ObligationStatus status, String reasonCode, Duration latency, boolean late,
                                    int retries) {
    }

    /** Every recipient of a mandate answered, for the first time for this exchange. */
    public record MandateCompleted(String mandate, String outcome, Duration duration) {
    }
}
