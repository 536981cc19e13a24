package org.govhub.hub.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.govhub.hub.exchange.ExchangeEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What operators watch per mandate and per agency system, on {@code /actuator/prometheus}; the
 * names and labels are listed in docs/metrics.md. Labels carry mandate ids, agency ids,
 * statuses and outcomes only: never anything about a person. Counted once the database
 * transaction that recorded the fact has committed.
 */
@Component
public class MandateMetrics {

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;
    private final MultiGauge overdue;
    private final MultiGauge pending;

    public MandateMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.overdue = MultiGauge.builder("govhub.obligations.overdue")
                .description("Obligations still pending past their deadline")
                .register(registry);
        this.pending = MultiGauge.builder("govhub.obligations.pending")
                .description("Obligations waiting for their recipient's outcome")
                .register(registry);
    }

    @TransactionalEventListener
    void on(ExchangeEvents.Accepted accepted) {
        for (String mandate : accepted.mandates()) {
            Counter.builder("govhub.exchanges.accepted")
                    .description("Events accepted, per mandate they trigger")
                    .tag("mandate", mandate).register(registry).increment();
        }
    }

    @TransactionalEventListener
    void on(ExchangeEvents.ObligationSettled settled) {
        Tags tags = Tags.of("mandate", settled.mandate(), "agency", settled.agency(),
                "role", settled.role().name());
        Counter.builder("govhub.obligations.settled")
                .description("Obligations that reached an outcome, by status")
                .tags(tags).tag("status", settled.status().name()).register(registry).increment();
        Timer.builder("govhub.obligation.latency")
                .description("From a command being sent to its recipient's outcome")
                .tags(tags).publishPercentileHistogram()
                .register(registry).record(settled.latency());
        if (settled.retries() > 0) {
            Counter.builder("govhub.agency.retries")
                    .description("Calls to an agency system repeated after a transient failure")
                    .tags(tags).register(registry).increment(settled.retries());
        }
    }

    /** Once per obligation, whether the deadline watcher or the late outcome recorded it, on whichever instance. */
    @TransactionalEventListener
    void on(ExchangeEvents.DeadlineBreached breached) {
        Counter.builder("govhub.deadline.breaches")
                .description("Obligations whose deadline passed before they settled, counted once when first seen")
                .tag("mandate", breached.mandate()).tag("agency", breached.agency())
                .tag("role", breached.role().name()).register(registry).increment();
    }

    @TransactionalEventListener
    void on(ExchangeEvents.MandateCompleted completed) {
        Timer.builder("govhub.exchanges.completed")
                .description("Exchanges whose recipients all answered, by outcome, and how long it took")
                .tag("mandate", completed.mandate()).tag("outcome", completed.outcome())
                .publishPercentileHistogram()
                .register(registry).record(completed.duration());
    }

    /** Backlog and lateness come from the database, so every hub instance reports the same truth. */
    @Scheduled(fixedDelayString = "${govhub.metrics.backlog-refresh:15s}", initialDelayString = "${govhub.metrics.backlog-refresh:15s}")
    public void refreshBacklog() {
        record Row(String mandate, String agency, long pending, long overdue) {
        }
        List<Row> rows = jdbc.query("""
                select mandate, recipient, count(*) as pending,
                       count(*) filter (where due_at < now()) as overdue
                from obligation where status = 'PENDING' group by mandate, recipient""",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        pending.register(rows.stream().map(r -> MultiGauge.Row.of(
                Tags.of("mandate", r.mandate(), "agency", r.agency()), r.pending())).toList(), true);
        overdue.register(rows.stream().map(r -> MultiGauge.Row.of(
                Tags.of("mandate", r.mandate(), "agency", r.agency()), r.overdue())).toList(), true);
    }
}
