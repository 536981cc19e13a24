package org.govhub.hub.sharing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govhub.contracts.catalogue.SharingCatalogue;
import org.govhub.contracts.catalogue.SharingCatalogue.IdentifierRule;
import org.govhub.hub.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * M9's retention: what the hub gave a requester (a served or approved answer's data) is kept for
 * {@code govhub.sharing.retention} after the answer, then purged. The data is removed, a subject
 * that is a person (a resident ID) is replaced by its keyed hash, the request's reason says when
 * and why, and a {@code DATA_PURGED} audit record is chained; the request, its status and its
 * earlier audit records stay. Every instance may purge: each row is purged once.
 */
@Component
public class SharingRetention {

    private static final Logger LOG = LoggerFactory.getLogger(SharingRetention.class);

    private final JdbcTemplate jdbc;
    private final SharingCatalogue catalogue;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Duration retention;

    public SharingRetention(JdbcTemplate jdbc, SharingCatalogue catalogue, AuditLog audit, TransactionTemplate tx,
                            @Value("${govhub.sharing.retention:P180D}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("govhub.sharing.retention: must be a positive duration, such as P180D");
        }
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.tx = tx;
        this.retention = retention;
    }

    public Duration retention() {
        return retention;
    }

    @Scheduled(fixedDelayString = "${govhub.sharing.purge-interval:1h}", initialDelayString = "${govhub.sharing.purge-interval:1h}")
    void purgeExpired() {
        purge(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Purges every answer whose retention period has run out at {@code now}; returns how many. */
    public int purge(OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(retention);
        Integer purged = tx.execute(status -> {
            List<Map<String, Object>> expired = jdbc.queryForList("""
                    select id, resource, requester, subject_hash from sharing_request
                    where data is not null and answered_at <= ? order by answered_at limit 500 for update skip locked""",
                    cutoff);
            for (Map<String, Object> r : expired) {
                UUID id = (UUID) r.get("id");
                String resource = (String) r.get("resource");
                boolean person = catalogue.resource(resource)
                        .map(c -> c.lookupBy() == IdentifierRule.RESIDENT_ID).orElse(true);
                jdbc.update("""
                        update sharing_request set data = null, purged_at = ?,
                               subject = case when ? then subject_hash else subject end,
                               reason = 'the data given was purged when its retention period (' || ? || ') ran out'
                        where id = ?""", now, person, retention.toString(), id);
                audit.record("DATA_PURGED", id, SharingRequests.MANDATE, (String) r.get("requester"), null, List.of(),
                        List.of((String) r.get("subject_hash")), "resource=" + resource + "; retention=" + retention);
            }
            return expired.size();
        });
        if (purged != null && purged > 0) {
            LOG.info("m9: purged the data of {} answered request(s) past their retention period ({})", purged, retention);
        }
        return purged == null ? 0 : purged;
    }
}
