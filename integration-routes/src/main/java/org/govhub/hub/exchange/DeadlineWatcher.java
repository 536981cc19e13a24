package org.govhub.hub.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline timer: every few seconds ({@code govhub.deadlines.watch-interval}), each obligation
 * still pending past its deadline gets its breach recorded ({@code breached_at}) and published
 * as {@link ExchangeEvents.DeadlineBreached}, once. Every hub instance runs it; one statement
 * claims and marks the rows ({@code breached_at is null}, rows another instance is marking
 * skipped), so a breach is recorded by exactly one instance, and an outcome arriving late at the
 * same moment ({@link ExchangeRepository#recordOutcome}) either settles the row first, and records
 * the breach itself, or finds it recorded. The obligation stays pending and tracked until its
 * outcome arrives.
 */
@Component
public class DeadlineWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatcher.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final int batch;

    public DeadlineWatcher(JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                           @Value("${govhub.deadlines.watch-batch:500}") int batch) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${govhub.deadlines.watch-interval:5s}",
            initialDelayString = "${govhub.deadlines.watch-interval:5s}")
    public void scheduled() {
        int recorded;
        do {
            recorded = watch().size();
        } while (recorded == batch);
    }

    /**
     * One round, in one transaction: records and publishes the breaches of up to {@code batch}
     * overdue obligations (metrics count them once it commits).
     */
    public List<ExchangeEvents.DeadlineBreached> watch() {
        return tx.execute(status -> recordBreaches());
    }

    private List<ExchangeEvents.DeadlineBreached> recordBreaches() {
        List<ExchangeEvents.DeadlineBreached> breached = jdbc.query("""
                update obligation o set breached_at = now()
                from (select command_id from obligation
                      where status = 'PENDING' and breached_at is null and due_at < now()
                      order by due_at limit ?
                      for update skip locked) due
                where o.command_id = due.command_id
                returning o.exchange_id, o.mandate, o.recipient, o.role, o.due_at, o.breached_at""",
                (rs, n) -> new ExchangeEvents.DeadlineBreached(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), ObligationRole.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), true),
                batch);
        for (ExchangeEvents.DeadlineBreached b : breached) {
            LOG.warn("deadline passed: exchange {} mandate {} recipient {} still pending (due {})",
                    b.exchangeId(), b.mandate(), b.agency(), b.dueAt());
            events.publishEvent(b);
        }
        return breached;
    }
}
