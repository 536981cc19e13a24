package org.govhub.hub.mandate.m3;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agency was given which version of an enterprise's credit rating, read from M3's
 * obligations and the events they carried (nothing is kept beside them, so the answer cannot
 * drift from what was sent).
 */
@Component
public class CreditRatingHolders {

    static final String RATING_CHANGED = "gov.credit.rating-changed.v1";
    /** The first key of the holders' two-key advisory locks ("M3ho"; the ledger's and the audit log's are others). */
    static final int HOLDERS_LOCK_SPACE = 0x4d33686f;

    /** One version sent to one agency, and what became of it. */
    public record Delivery(String agency, int version, String creditClass, String action, String status,
                           String reasonCode, UUID exchangeId, OffsetDateTime sentAt, OffsetDateTime completedAt) {
    }

    private static final String DELIVERIES = """
            select o.recipient, (d.data ->> 'version')::int as version, d.data ->> 'creditClass' as credit_class,
                   d.data ->> 'action' as action, o.status, o.reason_code, e.id, o.sent_at, o.completed_at
              from exchange e
              cross join lateral (select convert_from(e.payload, 'UTF8')::jsonb -> 'data' as data) d
              join obligation o on o.exchange_id = e.id
             where e.event_type = ? and o.mandate = 'M3' and o.role = 'RECIPIENT'
               and o.status <> 'NOT_APPLICABLE' and d.data ->> 'uscc' = ?
             order by version, o.recipient
            """;

    private final JdbcTemplate jdbc;

    public CreditRatingHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of {@code uscc}'s rating sent to an agency, oldest first, with its outcome. */
    public List<Delivery> deliveries(String uscc) {
        return jdbc.query(DELIVERIES, (rs, i) -> new Delivery(rs.getString(1), rs.getInt(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)), RATING_CHANGED, uscc);
    }

    /**
     * The agencies that took, or were sent and have not yet answered, a version of {@code uscc}'s
     * rating older than {@code version}: they hold something a newer version replaces.
     *
     * <p>Call it in the transaction that opens the new version's obligations: it first takes the
     * enterprise's holders lock (a transaction-level advisory lock on the USCC), held until that
     * transaction ends, so two versions of one rating fanned out at the same moment (two consumers,
     * two hub instances) are fanned out one after the other, and the later one reads the earlier
     * one's recipients as holders once they are committed. Versions of different enterprises do
     * not wait for each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> heldBefore(String uscc, int version) {
        jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))", HOLDERS_LOCK_SPACE, uscc);
        Set<String> agencies = new LinkedHashSet<>();
        for (Delivery d : deliveries(uscc)) {
            if (d.version() < version && (d.status().equals("APPLIED") || d.status().equals("PENDING"))) {
                agencies.add(d.agency());
            }
        }
        return agencies;
    }
}
