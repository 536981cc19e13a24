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
     * @param retries attempts beyond the first
     */
    public record ObligationSettled(java.util.UUID exchangeId, String mandate, String agency, ObligationRole role,
                                    ObligationStatus status, String reasonCode, Duration latency, int retries) {
    }

    /**
     * An obligation's deadline passed before it settled: published once per obligation, by
     * whichever saw it first, the deadline watcher (still pending) or the late outcome.
     */
    public record DeadlineBreached(java.util.UUID exchangeId, String mandate, String agency, ObligationRole role,
                                   java.time.OffsetDateTime dueAt, java.time.OffsetDateTime breachedAt,
                                   boolean stillPending) {
    }

    /** Every recipient of a mandate answered, for the first time for this exchange. */
    public record MandateCompleted(String mandate, String outcome, Duration duration) {
    }
}
