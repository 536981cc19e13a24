package org.govhub.hub.operations;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/scorecard}: per mandate and agency, over a window (default the last 30
 * days): how many obligations, how many ended on time, late or failed, and the backlog now.
 * Operators answer for every mandate's deadlines with it; read from the database, so every hub
 * instance gives the same answer.
 */
@RestController
@RequestMapping("/api/v1/scorecard")
public class ScorecardController {

    private final JdbcTemplate jdbc;

    public ScorecardController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One mandate and agency over the window. */
    public record Line(String mandate, String agency, long volume, long onTime, long late, long applied,
                       long rejected, long notApplicable, long failed, long pending, long overdue) {
    }

    public record Scorecard(OffsetDateTime since, List<Line> lines) {
    }

    @GetMapping
    public Scorecard scorecard(@RequestParam(defaultValue = "30") int days) {
        int window = Math.max(1, Math.min(days, 366));
        OffsetDateTime since = OffsetDateTime.now().minusDays(window);
        List<Line> lines = jdbc.query("""
                select mandate, recipient,
                       count(*) as volume,
                       count(*) filter (where status <> 'PENDING' and (due_at is null or completed_at <= due_at)) as on_time,
                       count(*) filter (where status <> 'PENDING' and completed_at > due_at) as late,
                       count(*) filter (where status = 'APPLIED') as applied,
                       count(*) filter (where status = 'REJECTED') as rejected,
                       count(*) filter (where status = 'NOT_APPLICABLE') as not_applicable,
                       count(*) filter (where status = 'FAILED') as failed,
                       count(*) filter (where status = 'PENDING') as pending,
                       count(*) filter (where status = 'PENDING' and due_at < now()) as overdue
                from obligation
                where sent_at >= ?
                group by mandate, recipient
                order by mandate, recipient""",
                (rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)),
                java.sql.Timestamp.from(since.toInstant()));
        return new Scorecard(since, lines);
    }
}
