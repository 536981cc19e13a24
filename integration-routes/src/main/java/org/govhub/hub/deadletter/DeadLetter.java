package org.govhub.hub.deadletter;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A message in a dead-letter queue. {@code body} (the original bytes, as text) and
 * {@code headers} are filled in only when one message is inspected: listings carry no
 * personal data.
 */
public record DeadLetter(String id, String deadLetterQueue, String targetQueue, String reason, String exchangeId,
                         OffsetDateTime timestamp, int deliveryCount, int size, String body,
                         Map<String, Object> headers) {

    DeadLetter summary() {
        return new DeadLetter(id, deadLetterQueue, targetQueue, reason, exchangeId, timestamp, deliveryCount, size,
                null, null);
    }
}
