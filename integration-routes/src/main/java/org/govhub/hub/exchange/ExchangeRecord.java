package org.govhub.hub.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An accepted event and everything the hub owes for it. */
public record ExchangeRecord(
        UUID id,
        String eventSource,
        String eventId,
        String eventType,
        String caller,
        String status,
        String outcome,
        byte[] payload,
        OffsetDateTime acceptedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime completedAt,
        OffsetDateTime dueAt,
        List<Obligation> obligations) {
}
