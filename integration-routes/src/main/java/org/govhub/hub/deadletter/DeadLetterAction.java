package org.govhub.hub.deadletter;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What an operator did with a dead letter; {@code repeated} when this answers a request made before. */
public record DeadLetterAction(UUID id, String messageId, String deadLetterQueue, String targetQueue, String action,
                               String dlqReason, String note, String exchangeId, OffsetDateTime actedAt,
                               boolean repeated) {

    DeadLetterAction asRepeat() {
        return new DeadLetterAction(id, messageId, deadLetterQueue, targetQueue, action, dlqReason, note, exchangeId,
                actedAt, true);
    }
}
