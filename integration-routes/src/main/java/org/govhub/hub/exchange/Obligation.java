package org.govhub.hub.exchange;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recipient's part of an exchange, as tracked in the database; {@code breachedAt} is when its
 * deadline breach was first recorded (null while on time).
 */
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
        OffsetDateTime completedAt,
        OffsetDateTime breachedAt) {

    /** An obligation as opened: no breach recorded. */
    public Obligation(String mandate, String recipient, String command, ObligationRole role, String commandId,
                      ObligationStatus status, String reasonCode, String reason, String agencyReference,
                      Integer attempts, List<String> fields, OffsetDateTime sentAt, OffsetDateTime dueAt,
                      OffsetDateTime completedAt) {
        this(mandate, recipient, command, role, commandId, status, reasonCode, reason, agencyReference, attempts,
                fields, sentAt, dueAt, completedAt, null);
    }
}
