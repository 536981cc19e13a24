package org.govhub.hub.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit log, as stored; {@link AuditChain} says how its hash is made. {@code id}
 * is the order of writing; {@code seq}, {@code prevHash} and {@code hash} are the record's place
 * and links in the chain, null until it is sealed ({@link AuditLog#seal}).
 */
public record AuditRecord(long id, Long seq, OffsetDateTime recordedAt, String kind, UUID exchangeId,
                          String mandate, String agency, String legalBasis, List<String> fields,
                          List<String> subjects, String detail, String prevHash, String hash) {
}
