package org.govhub.hub.mandate.m3;

import com.fasterxml.jackson.databind.JsonNode;
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
 * obligations joined with the versions their exchanges carried ({@code credit_rating_version},
 * written from the event in the transaction that fans it out, so the answer cannot drift from
 * what was sent).
 */
@Component
public class CreditRatingHolders {

    /** The first key of the holders' two-key advisory locks ("M3ho"; the ledger's and the audit log's are others). */
    static final int HOLDERS_LOCK_SPACE = 0x4d33686f;

    /** One version sent to one agency, and what became of it. */
    public record Delivery(String agency, int version, String creditClass, String action, String status,
                           String reasonCode, UUID exchangeId, OffsetDateTime sentAt, OffsetDateTime completedAt) {
    }

    private static final String DELIVERIES = """
            select o.recipient, v.version, v.credit_class, v.action, o.status, o.reason_code, v.exchange_id,
                   o.sent_at, o.completed_at
              from credit_rating_version v
              join obligation o on o.exchange_id = v.exchange_id
             where v.uscc = ? and o.mandate = 'M3' and o.role = 'RECIPIENT' and o.status <> 'NOT_APPLICABLE'
             order by v.version, o.recipient
            """;

    private final JdbcTemplate jdbc;

    public CreditRatingHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of {@code uscc}'s rating sent to an agency, oldest first, with its outcome. */
    public List<Delivery> deliveries(String uscc) {
        return jdbc.query(DELIVERIES, (rs, i) -> new Delivery(rs.getString(1), rs.getInt(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)), uscc);
    }

    /**
     * Records that {@code exchangeId} carries this version of the enterprise's rating (the event's
     * data), in the transaction that fans it out; a redelivered event records nothing new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID exchangeId, JsonNode data) {
        jdbc.update("""
                insert into credit_rating_version (exchange_id, uscc, version, credit_class, action)
                values (?, ?, ?, ?, ?) on conflict (exchange_id) do nothing""",
                exchangeId, data.path("uscc").asText(), data.path("version").asInt(),
                data.path("creditClass").asText(), data.path("action").asText());
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
