package org.govhub.hub.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.exchange.ExchangeEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit log in the same transaction as the fact it records, so that neither exists
 * without the other: every accepted event, every delivery (the exact fields, the mandate and its
 * legal basis, whom the data is about) and every outcome. Appends are serialised with a
 * PostgreSQL advisory lock so that the hash chain stays one line across threads and hub
 * instances. People are named in the log only by keyed hashes of their identifiers.
 */
@Component
public class AuditLog {

    /** Serialises appends across every connection to the database (any value the hub owns). */
    private static final long APPEND_LOCK = 0x61756469744c6f67L;

    private final JdbcTemplate jdbc;
    private final MandateCatalog mandates;
    private final ObjectMapper mapper;
    private final SecretKeySpec subjectKey;

    public AuditLog(JdbcTemplate jdbc, MandateCatalog mandates, ObjectMapper mapper,
                    @Value("${govhub.audit.subject-key}") String subjectKey) {
        this.jdbc = jdbc;
        this.mandates = mandates;
        this.mapper = mapper;
        this.subjectKey = new SecretKeySpec(subjectKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @EventListener
    void on(ExchangeEvents.Accepted e) {
        JsonNode data = dataOf(e.payload());
        record("EVENT_ACCEPTED", e.exchangeId(), String.join(",", e.mandates()), e.source(), null, List.of(),
                subjectsIn(data), "type=" + e.type() + "; caller=" + e.caller());
    }

    @EventListener
    void on(ExchangeEvents.DataShared e) {
        MandateDeclaration m = mandates.byId(e.mandate()).orElse(null);
        String basis = m == null ? null : m.legalBasis().document() + " " + m.legalBasis().section();
        record("DATA_SHARED", e.exchangeId(), e.mandate(), e.agency(), basis, e.fields(),
                subjectsOfFields(e.eventData(), e.fields()), "command=" + e.command());
    }

    @EventListener
    void on(ExchangeEvents.ObligationSettled e) {
        record("OUTCOME", e.exchangeId(), e.mandate(), e.agency(), null, List.of(), List.of(),
                "status=" + e.status() + (e.reasonCode() == null ? "" : "; reason=" + e.reasonCode()));
    }

    /** One record waiting for its transaction's commit to be chained. */
    private record Pending(String kind, UUID exchangeId, String mandate, String agency, String legalBasis,
                           List<String> fields, List<String> subjects, String detail) {
    }

    /**
     * Records one fact in the caller's transaction. Inside a transaction the record is chained and
     * inserted just before that transaction commits, with the transaction's other records: the
     * append lock, which every audited transaction of every hub instance waits for, is then held
     * for those inserts and the commit only, not for the rest of the transaction's work (bench/run
     * measured the lock's waits as nearly all of the database's time under load). A failure there
     * rolls the transaction back, so the fact and its record still commit together or not at all.
     * Outside a transaction the record is appended at once.
     */
    public void record(String kind, UUID exchangeId, String mandate, String agency, String legalBasis,
                       List<String> fields, List<String> subjects, String detail) {
        Pending p = new Pending(kind, exchangeId, mandate, agency, legalBasis, List.copyOf(fields),
                List.copyOf(subjects), detail);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            append(p.kind(), p.exchangeId(), p.mandate(), p.agency(), p.legalBasis(), p.fields(), p.subjects(),
                    p.detail());
            return;
        }
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> batch = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
                    for (Pending q : batch) {
                        append(q.kind(), q.exchangeId(), q.mandate(), q.agency(), q.legalBasis(), q.fields(),
                                q.subjects(), q.detail());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
                }
            });
            pending = batch;
        }
        pending.add(p);
    }

    /** Appends one record now; joins the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord append(String kind, UUID exchangeId, String mandate, String agency, String legalBasis,
                              List<String> fields, List<String> subjects, String detail) {
        jdbc.execute("select pg_advisory_xact_lock(" + APPEND_LOCK + ")");
        List<AuditRecord> last = jdbc.query("select * from audit_record order by seq desc limit 1", AuditLog::row);
        long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
        String prev = last.isEmpty() ? AuditChain.GENESIS : last.get(0).hash();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AuditRecord unsigned = new AuditRecord(seq, now, kind, exchangeId, mandate, agency, legalBasis,
                List.copyOf(fields), List.copyOf(subjects), detail, prev, null);
        String hash = AuditChain.hash(prev, seq, unsigned);
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    insert into audit_record (seq, recorded_at, kind, exchange_id, mandate, agency, legal_basis,
                                              fields, subjects, detail, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            ps.setLong(1, seq);
            ps.setTimestamp(2, Timestamp.from(now.toInstant()));
            ps.setString(3, kind);
            ps.setObject(4, exchangeId);
            ps.setString(5, mandate);
            ps.setString(6, agency);
            ps.setString(7, legalBasis);
            ps.setArray(8, connection.createArrayOf("text", fields.toArray()));
            ps.setArray(9, connection.createArrayOf("text", subjects.toArray()));
            ps.setString(10, detail);
            ps.setString(11, prev);
            ps.setString(12, hash);
            return ps;
        });
        return new AuditRecord(seq, now, kind, exchangeId, mandate, agency, legalBasis, fields, subjects, detail,
                prev, hash);
    }

    /** The whole chain, checked from the first record. */
    public AuditChain.Verification verify() {
        return AuditChain.verify(jdbc.query("select * from audit_record order by seq", AuditLog::row));
    }

    /** Every delivery of data about the person or organisation with this identifier. */
    public List<AuditRecord> deliveriesAbout(String identifier) {
        return jdbc.query("select * from audit_record where kind = 'DATA_SHARED' and subjects @> array[?]::text[] order by seq",
                AuditLog::row, subject(identifier));
    }

    /** The CONSENT records of one consent (its recording and revocation), oldest first. */
    public List<AuditRecord> ofConsent(UUID consentId) {
        return jdbc.query("select * from audit_record where kind = 'CONSENT' and detail like ? order by seq",
                AuditLog::row, "%consent=" + consentId + ";%");
    }

    public List<AuditRecord> ofExchange(UUID exchangeId) {
        return jdbc.query("select * from audit_record where exchange_id = ? order by seq", AuditLog::row, exchangeId);
    }

    /** The keyed hash that stands for an identifier in the log. */
    public String subject(String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(subjectKey);
            return HexFormat.of().formatHex(mac.doFinal(identifier.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Every identifier in the data: any {@code idNumber} field, at any depth. */
    private List<String> subjectsIn(JsonNode data) {
        Set<String> out = new LinkedHashSet<>();
        if (data != null) {
            data.findValues("idNumber").forEach(v -> {
                if (v.isTextual()) {
                    out.add(subject(v.asText()));
                }
            });
        }
        return List.copyOf(out);
    }

    /**
     * The parties whose fields were shared: for a path {@code party.field}, the party's
     * {@code idNumber} in the event, whether or not the ID number itself was shared.
     */
    private List<String> subjectsOfFields(JsonNode eventData, List<String> fields) {
        Set<String> out = new LinkedHashSet<>();
        for (String field : fields) {
            int dot = field.indexOf('.');
            if (dot > 0 && eventData != null) {
                JsonNode id = eventData.path(field.substring(0, dot)).path("idNumber");
                if (id.isTextual()) {
                    out.add(subject(id.asText()));
                }
            }
        }
        return List.copyOf(out);
    }

    private JsonNode dataOf(byte[] payload) {
        try {
            return mapper.readTree(payload).get("data");
        } catch (IOException e) {
            return null;
        }
    }

    static AuditRecord row(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("kind"), rs.getObject("exchange_id", UUID.class), rs.getString("mandate"),
                rs.getString("agency"), rs.getString("legal_basis"), strings(rs.getArray("fields")),
                strings(rs.getArray("subjects")), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
