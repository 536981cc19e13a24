package org.govhub.hub.exchange;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govhub.contracts.command.CommandOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges and obligations in PostgreSQL: the hub's only state, so a crash loses nothing. */
@Repository
public class ExchangeRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeRepository.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public ExchangeRepository(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A newly accepted event, or the exchange already recorded for the same source and id. */
    public record Accepted(UUID exchangeId, boolean isNew, boolean published) {
    }

    /**
     * Records an accepted event. The same (source, id) handed in again is the same exchange:
     * CloudEvents makes that pair unique, and an agency retrying after a timeout must not start
     * a second transfer.
     */
    @Transactional
    public Accepted accept(String source, String eventId, String type, String caller, byte[] payload,
                           OffsetDateTime dueAt, List<String> mandates) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update("""
                insert into exchange (id, event_source, event_id, event_type, caller, status, payload, accepted_at, due_at)
                values (?, ?, ?, ?, ?, 'ACCEPTED', ?, now(), ?)
                on conflict (event_source, event_id) do nothing""",
                id, source, eventId, type, caller, payload, ts(dueAt));
        if (inserted == 1) {
            events.publishEvent(new ExchangeEvents.Accepted(id, source, type, caller, mandates, payload));
            return new Accepted(id, true, false);
        }
        return jdbc.queryForObject("select id, status from exchange where event_source = ? and event_id = ?",
                (rs, n) -> new Accepted(rs.getObject("id", UUID.class), false, !"ACCEPTED".equals(rs.getString("status"))),
                source, eventId);
    }

    /** The mandate routes may already be at work on it: only the timestamp is sure to be new. */
    public void markPublished(UUID exchangeId) {
        jdbc.update("""
                update exchange set published_at = coalesce(published_at, now()),
                                    status = case when status = 'ACCEPTED' then 'PUBLISHED' else status end
                where id = ?""", exchangeId);
    }

    /**
     * Opens obligations; those already open (a redelivered event) are left as they are.
     * Returns the command ids opened now, so that what was already recorded is not recorded twice.
     */
    @Transactional
    public java.util.Set<String> open(UUID exchangeId, List<Obligation> obligations) {
        java.util.Set<String> opened = new java.util.HashSet<>();
        if (!obligations.isEmpty()) {
            // One statement for all of them (an M3 rating change opens twenty): the ids it inserted come back.
            String values = String.join(", ", java.util.Collections.nCopies(obligations.size(),
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?)"));
            Timestamp now = ts(OffsetDateTime.now(ZoneOffset.UTC));
            opened.addAll(jdbc.query(connection -> {
                var ps = connection.prepareStatement("""
                        insert into obligation (exchange_id, mandate, recipient, command, role, command_id, status,
                                                reason_code, reason, fields, sent_at, due_at, completed_at)
                        values %s
                        on conflict do nothing
                        returning command_id""".formatted(values));
                int i = 0;
                for (Obligation o : obligations) {
                    ps.setObject(++i, exchangeId);
                    ps.setString(++i, o.mandate());
                    ps.setString(++i, o.recipient());
                    ps.setString(++i, o.command());
                    ps.setString(++i, o.role().name());
                    ps.setString(++i, o.commandId());
                    ps.setString(++i, o.status().name());
                    ps.setString(++i, o.reasonCode());
                    ps.setString(++i, o.reason());
                    ps.setArray(++i, connection.createArrayOf("text", o.fields().toArray()));
                    ps.setTimestamp(++i, ts(o.dueAt()));
                    ps.setTimestamp(++i, o.status().isFinal() ? now : null);
                }
                return ps;
            }, (rs, n) -> rs.getString(1)));
        }
        jdbc.update("update exchange set status = 'IN_PROGRESS' where id = ? and status in ('ACCEPTED', 'PUBLISHED')",
                exchangeId);
        return opened;
    }

    /**
     * Records a recipient's outcome in the caller's transaction, and returns the mandate's
     * completion whenever, after this outcome, every recipient of that mandate has answered, also
     * when it had already completed: a redelivered outcome must re-send the completion notices its
     * first delivery may have lost (the broker drops the duplicates). The completion check of one
     * exchange is serialised on its row, so that two last answers arriving together cannot both
     * miss the completion: the second to take the lock reads, after the first has committed, both
     * answers. For callers that record an outcome together with other facts (M9's answers); the
     * results collector uses {@link #settle} and {@link #completionAfterSettling} instead, without
     * the lock.
     */
    @Transactional
    public Optional<MandateCompletion> recordOutcome(CommandOutcome outcome) {
        return settle(outcome).flatMap(mandate -> completionIfSettled(UUID.fromString(outcome.exchangeId()), mandate));
    }

    /**
     * Settles the outcome's obligation, unless it was settled already (a redelivery; a late FAILED
     * never overwrites a result). Returns the obligation's mandate when it is a recipient's, settled
     * now or before, whose completion is then to be checked.
     */
    @Transactional
    public Optional<String> settle(CommandOutcome outcome) {
        UUID exchangeId = UUID.fromString(outcome.exchangeId());
        List<Obligation> settled = jdbc.query("""
                update obligation set status = ?, reason_code = ?, reason = ?, agency_reference = ?, attempts = ?,
                                      completed_at = ?
                where command_id = ? and exchange_id = ?
                  and (status = 'PENDING' or (status = 'FAILED' and ? <> 'FAILED'))
                returning *""", ExchangeRepository::obligation,
                outcome.status().name(), outcome.reasonCode(), outcome.reason(), outcome.agencyReference(),
                outcome.attempts(), ts(outcome.completedAt()), outcome.commandId(), exchangeId, outcome.status().name());
        Obligation obligation;
        if (!settled.isEmpty()) {
            obligation = settled.get(0);
            OffsetDateTime end = outcome.completedAt() != null ? outcome.completedAt() : OffsetDateTime.now(ZoneOffset.UTC);
            events.publishEvent(new ExchangeEvents.ObligationSettled(exchangeId, obligation.mandate(),
                    obligation.recipient(), obligation.role(), ObligationStatus.valueOf(outcome.status().name()),
                    outcome.reasonCode(),
                    obligation.sentAt() == null ? Duration.ZERO : Duration.between(obligation.sentAt(), end),
                    outcome.attempts() == null ? 0 : Math.max(0, outcome.attempts() - 1)));
            // Late, and the deadline watcher has not recorded the breach yet: this outcome does.
            // The row is locked by the update above, so the watcher and this cannot both set it.
            if (obligation.dueAt() != null && end.isAfter(obligation.dueAt())
                    && jdbc.update("update obligation set breached_at = ? where command_id = ? and breached_at is null",
                            ts(end), outcome.commandId()) == 1) {
                events.publishEvent(new ExchangeEvents.DeadlineBreached(exchangeId, obligation.mandate(),
                        obligation.recipient(), obligation.role(), obligation.dueAt(), end, false));
            }
        } else {
            List<Obligation> matching = jdbc.query("select * from obligation where command_id = ? and exchange_id = ?",
                    ExchangeRepository::obligation, outcome.commandId(), exchangeId);
            if (matching.isEmpty()) {
                if (jdbc.queryForList("select 1 from exchange where id = ?", Integer.class, exchangeId).isEmpty()) {
                    LOG.warn("outcome {} for unknown exchange {} ignored", outcome.commandId(), exchangeId);
                } else {
                    LOG.warn("outcome for unknown command {} ignored", outcome.commandId());
                }
                return Optional.empty();
            }
            obligation = matching.get(0);
        }
        return obligation.role() == ObligationRole.RECIPIENT ? Optional.of(obligation.mandate()) : Optional.empty();
    }

    /**
     * The mandate's completion, checked in a transaction of its own that begins after the outcome's
     * {@link #settle} has committed, and so without locking the exchange: of two last answers
     * settled at the same moment, whichever check begins later sees both (each check begins after
     * its own answer committed, and sees everything committed before it began), so the completion
     * is never missed; when both see it, both return it, as a redelivery does, and the notices'
     * duplicates are dropped by the broker. Outcomes of one exchange no longer queue for its row:
     * with four results consumers, the four answers of an M1 transfer arriving together held three
     * of them waiting (bench/README.md).
     */
    @Transactional
    public Optional<MandateCompletion> completionAfterSettling(UUID exchangeId, String mandate) {
        return completion(exchangeId, mandate);
    }

    /**
     * The mandate's completion if every one of its recipients has already answered: for a
     * flow whose recipients were all settled when opened (none chosen, none consented), so
     * that no outcome will ever arrive to complete it.
     */
    @Transactional
    public Optional<MandateCompletion> completionIfSettled(UUID exchangeId, String mandate) {
        List<String> locked = jdbc.queryForList("select status from exchange where id = ? for update",
                String.class, exchangeId);
        return locked.isEmpty() ? Optional.empty() : completion(exchangeId, mandate);
    }

    private Optional<MandateCompletion> completion(UUID exchangeId, String mandate) {
        // Counted, not read: an M3 rating change has twenty recipients, and each of their outcomes checks.
        long[] counts = jdbc.queryForObject("""
                select count(*) filter (where mandate = ?),
                       count(*) filter (where mandate = ? and status = 'PENDING'),
                       count(*) filter (where status = 'PENDING'),
                       count(*) filter (where status not in ('APPLIED', 'NOT_APPLICABLE'))
                from obligation where exchange_id = ? and role = 'RECIPIENT'""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)},
                mandate, mandate, exchangeId);
        long mine = counts[0];
        long minePending = counts[1];
        long pending = counts[2];
        long unsuccessful = counts[3];
        if (mine == 0 || minePending > 0) {
            return Optional.empty();
        }
        List<Obligation> recipients = jdbc.query("""
                select * from obligation where exchange_id = ? and role = 'RECIPIENT' and mandate = ?
                order by recipient, command""", ExchangeRepository::obligation, exchangeId, mandate);
        MandateCompletion completion = new MandateCompletion(exchangeId, mandate, recipients);
        // The exchange is complete when the recipients of every mandate it started have answered.
        if (pending > 0) {
            return Optional.of(completion);
        }
        String result = unsuccessful == 0 ? "COMPLETED" : "PARTIAL";
        // The outcome is rewritten each time (a replayed FAILED that now succeeded turns PARTIAL into
        // COMPLETED); the completion is counted once, by whoever found the exchange not completed yet.
        List<OffsetDateTime> firstCompletion = jdbc.query("""
                with previous as (select status from exchange where id = ? for update)
                update exchange e set status = 'COMPLETED', outcome = ?, completed_at = coalesce(e.completed_at, now())
                from previous where e.id = ?
                returning case when previous.status <> 'COMPLETED' then e.accepted_at end""",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class), exchangeId, result, exchangeId);
        if (!firstCompletion.isEmpty() && firstCompletion.get(0) != null) {
            events.publishEvent(new ExchangeEvents.MandateCompleted(mandate, result,
                    Duration.between(firstCompletion.get(0), OffsetDateTime.now(ZoneOffset.UTC))));
        }
        return Optional.of(completion);
    }

    public Optional<ExchangeRecord> find(UUID id) {
        List<ExchangeRecord> found = jdbc.query("select * from exchange where id = ?", exchangeMapper(), id);
        return found.stream().findFirst();
    }

    /** The newest exchanges first; {@code status} null for all. */
    public List<ExchangeRecord> recent(String status, int limit) {
        return status == null
                ? jdbc.query("select * from exchange order by accepted_at desc limit ?", exchangeMapper(), limit)
                : jdbc.query("select * from exchange where status = ? order by accepted_at desc limit ?",
                        exchangeMapper(), status, limit);
    }

    public List<Obligation> obligations(UUID exchangeId) {
        return jdbc.query("""
                select * from obligation where exchange_id = ?
                order by role desc, mandate, recipient, command""", ExchangeRepository::obligation, exchangeId);
    }

    private RowMapper<ExchangeRecord> exchangeMapper() {
        return (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new ExchangeRecord(id, rs.getString("event_source"), rs.getString("event_id"),
                    rs.getString("event_type"), rs.getString("caller"), rs.getString("status"),
                    rs.getString("outcome"), rs.getBytes("payload"), odt(rs, "accepted_at"),
                    odt(rs, "published_at"), odt(rs, "completed_at"), odt(rs, "due_at"), obligations(id));
        };
    }

    private static Obligation obligation(ResultSet rs, int n) throws SQLException {
        Array fields = rs.getArray("fields");
        return new Obligation(rs.getString("mandate"), rs.getString("recipient"), rs.getString("command"),
                ObligationRole.valueOf(rs.getString("role")), rs.getString("command_id"),
                ObligationStatus.valueOf(rs.getString("status")), rs.getString("reason_code"),
                rs.getString("reason"), rs.getString("agency_reference"), rs.getObject("attempts", Integer.class),
                Arrays.asList((String[]) fields.getArray()), odt(rs, "sent_at"), odt(rs, "due_at"),
                odt(rs, "completed_at"), odt(rs, "breached_at"));
    }

    private static OffsetDateTime odt(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static Timestamp ts(OffsetDateTime t) {
        return t == null ? null : Timestamp.from(t.toInstant());
    }
}
