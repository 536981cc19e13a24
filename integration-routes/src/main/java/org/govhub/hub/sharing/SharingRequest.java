package org.govhub.hub.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govhub.contracts.mandate.SharingClass;

/**
 * One request for a catalogue resource (M9) and its answer, as recorded in {@code sharing_request}.
 * Its id is its exchange's id.
 *
 * @param fields the fields the requester was given (served or approved), else empty
 * @param data   their values, else null
 */
public record SharingRequest(UUID id, String resource, SharingClass sharingClass, String provider, String requester,
                             String subject, String purpose, String legalBasis, String caseReference,
                             SharingStatus status, String reason, List<String> fields, JsonNode data,
                             OffsetDateTime requestedAt, OffsetDateTime dueAt, OffsetDateTime answeredAt,
                             String answeredBy) {

    /** Where a request stands. */
    public enum SharingStatus {
        /** An unconditional resource, obtained from the provider's system and given to the requester. */
        SERVED,
        /** The provider's system holds no record for the subject. */
        NOT_FOUND,
        /** The provider's system could not be asked (unreachable, failing, or breaking its contract). */
        FAILED,
        /** A not-shared resource, refused at once with the catalogue's reason. */
        NOT_SHARED,
        /** A conditional resource, with the provider until it answers. */
        PENDING,
        /** The provider approved and answered with the data. */
        APPROVED,
        /** The provider refused, with its reason. */
        REFUSED
    }
}
