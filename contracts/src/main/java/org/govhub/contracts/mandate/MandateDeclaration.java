package org.govhub.contracts.mandate;

import java.time.Duration;
import java.util.List;

/**
 * A mandate as declared in contracts/mandates: what triggers it, who receives which fields, and
 * who is told when every recipient has answered.
 *
 * @param deadline   how long the whole exchange may take, from acceptance to the last outcome
 * @param completion the commands sent once every recipient has answered; may be empty
 */
public record MandateDeclaration(
        String id,
        String name,
        int version,
        String title,
        LegalBasis legalBasis,
        Trigger trigger,
        Duration deadline,
        List<Recipient> recipients,
        List<Recipient> completion) {

    public MandateDeclaration {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        completion = completion == null ? List.of() : List.copyOf(completion);
    }

    /** The document and section that oblige the agencies to share. */
    public record LegalBasis(String document, String section, String text) {
    }

    /** The event that starts an exchange, and the agency expected to emit it. */
    public record Trigger(String eventType, String source) {
    }

    /**
     * One command the mandate sends.
     *
     * @param queue  {@code agency.<agency>.<command>.v<major>}
     * @param fields the allow-list: dotted paths into the trigger event's data, nothing else is sent
     */
    public record Recipient(String agency, String command, String queue, SharingClass sharingClass,
            List<String> fields) {

        public Recipient {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }
}
