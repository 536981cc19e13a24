package org.govhub.hub.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govhub.hub.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consents and authorisations on record. Each is for one purpose (a mandate's consent
 * rule), one data subject and one recipient agency; it is in force from when it was recorded
 * until it expires or is revoked. Recording and revoking are written to the audit log in the
 * same transaction. Subjects are held only as the audit log's keyed hashes.
 */
@Component
public class ConsentRegistry {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public ConsentRegistry(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A consent as the registry shows it (never the subject's identifier). */
    public record Consent(UUID id, String purpose, String recipient, String recordedBy, String evidence,
                          OffsetDateTime grantedAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    /** Whether {@code subject} has consented to {@code recipient} receiving data for {@code purpose}, now. */
    public boolean granted(String purpose, String subject, String recipient) {
        if (subject == null || subject.isBlank()) {
            return false;
        }
        Integer n = jdbc.queryForObject("""
                select count(*) from consent
                where purpose = ? and subject_hash = ? and recipient = ? and revoked_at is null
                  and (expires_at is null or expires_at > now())""",
                Integer.class, purpose, audit.subject(subject), recipient);
        return n != null && n > 0;
    }

    @Transactional
    public Consent record(String purpose, String subject, String recipient, String recordedBy, String evidence,
                          OffsetDateTime expiresAt) {
        UUID id = UUID.randomUUID();
        String hash = audit.subject(subject);
        jdbc.update("""
                insert into consent (id, purpose, subject_hash, recipient, recorded_by, evidence, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""", id, purpose, hash, recipient, recordedBy, evidence, expiresAt);
        audit.record("CONSENT", null, null, recipient, null, List.of(), List.of(hash),
                "recorded; consent=" + id + "; purpose=" + purpose + "; by=" + recordedBy
                        + (expiresAt == null ? "" : "; expires=" + expiresAt));
        return find(id).orElseThrow();
    }

    /** Revokes a consent in force; false when there is none with that id or it was already revoked. */
    @Transactional
    public boolean revoke(UUID id, String revokedBy) {
        List<String> hashes = jdbc.queryForList("""
                update consent set revoked_at = now(), revoked_by = ?
                where id = ? and revoked_at is null returning subject_hash""", String.class, revokedBy, id);
        if (hashes.isEmpty()) {
            return false;
        }
        Consent c = find(id).orElseThrow();
        audit.record("CONSENT", null, null, c.recipient(), null, List.of(), hashes,
                "revoked; consent=" + id + "; purpose=" + c.purpose() + "; by=" + revokedBy);
        return true;
    }

    public Optional<Consent> find(UUID id) {
        return jdbc.query("select * from consent where id = ?", (rs, n) -> new Consent(
                rs.getObject("id", UUID.class), rs.getString("purpose"), rs.getString("recipient"),
                rs.getString("recorded_by"), rs.getString("evidence"),
                rs.getObject("granted_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class)), id).stream().findFirst();
    }

    /** The consents of one subject (for auditors), newest first. */
    public List<Consent> ofSubject(String subject) {
        return jdbc.query("select * from consent where subject_hash = ? order by granted_at desc", (rs, n) -> new Consent(
                rs.getObject("id", UUID.class), rs.getString("purpose"), rs.getString("recipient"),
                rs.getString("recorded_by"), rs.getString("evidence"),
                rs.getObject("granted_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class)), audit.subject(subject));
    }
}
