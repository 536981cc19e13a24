package org.govhub.contracts.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A command the hub sends to one recipient's connector queue
 * ({@code agency.<agency>.<command>.v<major>}). {@code data} holds only what the mandate's
 * allow-list names for that recipient; its shape is the command's schema in contracts/events.
 *
 * @param commandId unique per exchange, mandate, recipient and command,
 *                  {@code <exchangeId>:<mandate>:<recipient>:<command>}; the agency-side
 *                  idempotency key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyCommand(
        String commandId,
        String exchangeId,
        String eventId,
        String mandate,
        String recipient,
        String command,
        OffsetDateTime issuedAt,
        OffsetDateTime dueAt,
        JsonNode data) {

    public static String commandId(String exchangeId, String mandate, String recipient, String command) {
        return exchangeId + ":" + mandate + ":" + recipient + ":" + command;
    }
}
