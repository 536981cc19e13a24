package org.govhub.contracts.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * What a sink connector reports on {@code govhub.results.v1} after carrying out a command;
 * see events/govhub.command-outcome.v1.schema.json. Carries no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandOutcome(
        String commandId,
        String exchangeId,
        String mandate,
        String recipient,
        String command,
        OutcomeStatus status,
        String reasonCode,
        String reason,
        String agencyReference,
        Integer attempts,
        OffsetDateTime completedAt) {
}
