package org.govhub.hub.exchange;

import java.time.OffsetDateTime;
import java.util.List;

/** One recipient's part of an exchange, as tracked in the database. */
public record Obligation(
        String mandate,
        String recipient,
        String command,
        ObligationRole role,
        String commandId,
        ObligationStatus status,
        String reasonCode,
        String reason,
        String agencyReference,
        Integer attempts,
        List<String> fields,
        OffsetDateTime sentAt,
        OffsetDateTime dueAt,
        OffsetDateTime completedAt) {
}
