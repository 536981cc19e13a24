package org.govhub.hub.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One entry of the audit log, as stored; {@link AuditChain} says how its hash is made. */
public record AuditRecord(long seq, OffsetDateTime recordedAt, String kind, UUID exchangeId, String mandate,
                          String agency, String legalBasis, List<String> fields, List<String> subjects,
                          String detail, String prevHash, String hash) {
}
