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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit log in the same transaction as the fact it records, so that neither exists
 * without the other: every accepted event, every delivery (the exact fields, the mandate and its
 * legal basis, whom the data is about) and every outcome. Records are written without a lock and
 * sealed into one hash chain shortly after their transaction ends ({@link #seal}), by one sealer
 * at a time across threads and hub instances. People are named in the log only by keyed hashes
 * of their identifiers.
 */
@Component
public class AuditLog {

    /** Makes one sealer at a time across every connection to the database (any value the hub owns). */
    private static final long SEAL_LOCK = 0x61756469744c6f67L;
    /** Records sealed per transaction. */
    private static final int SEAL_BATCH = 2000;
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MandateCatalog mandates;
    private final ObjectMapper mapper;
    private final SecretKeySpec subjectKey;

    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, MandateCatalog mandates,
                    ObjectMapper mapper, @Value("${govhub.audit.subject-key}") String subjectKey) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Records one fact in the caller's transaction (or on its own when there is none), so the fact
     * and its record commit together or not at all. The record takes no lock: it is written with
     * its transaction's id and sealed into the hash chain by {@link #seal} once that transaction
     * has ended. (Until V12 every audited transaction took one advisory lock and held it through
     * its commit; bench/run measured that lock's waits as nearly all of the database's time.)
     */
    public void record(String kind, UUID exchangeId, String mandate, String agency, String legalBasis,
                       List<String> fields, List<String> subjects, String detail) {
        Row row = new Row(Timestamp.from(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toInstant()),
                kind, exchangeId, mandate, agency, legalBasis, List.copyOf(fields), List.copyOf(subjects), detail);
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            insert(List.of(row));
            return;
        }
        // In a transaction, its records are written together just before it commits (an M3 fan-out
        // records twenty deliveries): still inside it, so fact and record commit or roll back together.
        // The pending records belong to the transaction's own synchronizations, which a nested
        // REQUIRES_NEW transaction suspends and resumes with it.
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PendingRecords pending) {
                pending.rows.add(row);
                return;
            }
        }
        PendingRecords pending = new PendingRecords();
        pending.rows.add(row);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    private record Row(Timestamp recordedAt, String kind, UUID exchangeId, String mandate, String agency,
                       String legalBasis, List<String> fields, List<String> subjects, String detail) {
    }

    private final class PendingRecords implements TransactionSynchronization {

        final List<Row> rows = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            insert(rows);
        }
    }

    private void insert(List<Row> rows) {
        String values = String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    insert into audit_record (recorded_at, kind, exchange_id, mandate, agency, legal_basis,
                                              fields, subjects, detail)
                    values """ + values);
            int i = 0;
            for (Row r : rows) {
                ps.setTimestamp(++i, r.recordedAt());
                ps.setString(++i, r.kind());
                ps.setObject(++i, r.exchangeId());
                ps.setString(++i, r.mandate());
                ps.setString(++i, r.agency());
                ps.setString(++i, r.legalBasis());
                ps.setArray(++i, connection.createArrayOf("text", r.fields().toArray()));
                ps.setArray(++i, connection.createArrayOf("text", r.subjects().toArray()));
                ps.setString(++i, r.detail());
            }
            return ps;
        });
    }

    /** Seals in the background; another instance sealing at the same moment makes this a no-op. */
    @Scheduled(fixedDelayString = "${govhub.audit.seal-interval:500ms}",
            initialDelayString = "${govhub.audit.seal-interval:500ms}")
    void sealInBackground() {
        try {
            seal(false);
        } catch (DataAccessException e) {
            log.warn("audit sealing failed, will retry: {}", e.getMostSpecificCause().getMessage());
        }
    }

    /**
     * Gives every record of every ended transaction its place in the chain: in the order of the
     * writing transactions' ids, then of the records, each linked to the record before it. A
     * record is sealed only when its transaction's id is below the oldest still running (the
     * snapshot's xmin), so no transaction that could still commit a record is passed over, and
     * a rolled-back transaction's records never exist. One sealer at a time across every hub
     * instance (the advisory lock, held for the sealing transaction only).
     *
     * @param wait wait for another sealer to finish instead of leaving the work to it
     * @return how many records were sealed
     */
    public int seal(boolean wait) {
        int total = 0;
        while (true) {
            Integer n = tx.execute(status -> {
                if (wait) {
                    jdbc.execute("select pg_advisory_xact_lock(" + SEAL_LOCK + ")");
                } else if (!Boolean.TRUE.equals(jdbc.queryForObject(
                        "select pg_try_advisory_xact_lock(" + SEAL_LOCK + ")", Boolean.class))) {
                    return 0;
                }
                List<AuditRecord> pending = jdbc.query("""
                        select * from audit_record
                        where hash is null and xid < pg_snapshot_xmin(pg_current_snapshot())
                        order by xid, id limit ?""", AuditLog::row, SEAL_BATCH);
                if (pending.isEmpty()) {
                    return 0;
                }
                List<AuditRecord> last = jdbc.query(
                        "select * from audit_record where hash is not null order by seq desc limit 1", AuditLog::row);
                long seq = last.isEmpty() ? 0 : last.get(0).seq();
                String prev = last.isEmpty() ? AuditChain.GENESIS : last.get(0).hash();
                List<Object[]> updates = new ArrayList<>(pending.size());
                for (AuditRecord r : pending) {
                    seq++;
                    String hash = AuditChain.hash(prev, seq, r);
                    updates.add(new Object[] {seq, prev, hash, r.id()});
                    prev = hash;
                }
                jdbc.batchUpdate("update audit_record set seq = ?, prev_hash = ?, hash = ? where id = ?", updates);
                return pending.size();
            });
            total += n == null ? 0 : n;
            if (n == null || n < SEAL_BATCH) {
                return total;
            }
        }
    }

    /** Records written by transactions still running, or ended since the last sealing. */
    public long unsealed() {
        Long n = jdbc.queryForObject("select count(*) from audit_record where hash is null", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The whole chain, checked from the first record, after sealing what can be sealed; records of
     * transactions still running are counted as unsealed.
     */
    public AuditChain.Verification verify() {
        seal(true);
        return AuditChain.verify(jdbc.query("select * from audit_record where hash is not null order by seq",
                AuditLog::row), unsealed());
    }

    /** Every delivery of data about the person or organisation with this identifier. */
    public List<AuditRecord> deliveriesAbout(String identifier) {
        return jdbc.query("select * from audit_record where kind = 'DATA_SHARED' and subjects @> array[?]::text[] order by id",
                AuditLog::row, subject(identifier));
    }

    /** The CONSENT records of one consent (its recording and revocation), oldest first. */
    public List<AuditRecord> ofConsent(UUID consentId) {
        return jdbc.query("select * from audit_record where kind = 'CONSENT' and detail like ? order by id",
                AuditLog::row, "%consent=" + consentId + ";%");
    }

    public List<AuditRecord> ofExchange(UUID exchangeId) {
        return jdbc.query("select * from audit_record where exchange_id = ? order by id", AuditLog::row, exchangeId);
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
        return new AuditRecord(rs.getLong("id"), rs.getObject("seq", Long.class),
                rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("kind"), rs.getObject("exchange_id", UUID.class), rs.getString("mandate"),
                rs.getString("agency"), rs.getString("legal_basis"), strings(rs.getArray("fields")),
                strings(rs.getArray("subjects")), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
