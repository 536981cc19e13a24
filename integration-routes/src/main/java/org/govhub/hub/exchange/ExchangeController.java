package org.govhub.hub.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.hub.ingress.CallerIdentity;
import org.govhub.hub.ingress.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exchanges/{id}}: an exchange and each obligation's status, while it runs and
 * after. Operators and auditors see every exchange; an agency only those it is a party to.
 */
@RestController
@RequestMapping("/api/v1/exchanges")
public class ExchangeController {

    private final ExchangeRepository exchanges;
    private final CallerIdentity callers;
    private final MandateCatalog mandates;

    public ExchangeController(ExchangeRepository exchanges, CallerIdentity callers, MandateCatalog mandates) {
        this.exchanges = exchanges;
        this.callers = callers;
        this.mandates = mandates;
    }

    /** What the API shows of an exchange: never the event's data, which holds personal data. */
    public record ExchangeView(String exchangeId, String eventType, String eventId, String source, String caller,
                               String status, String outcome, boolean late, OffsetDateTime acceptedAt,
                               OffsetDateTime publishedAt, OffsetDateTime completedAt, OffsetDateTime dueAt,
                               List<Obligation> obligations) {
    }

    /** The most recent exchanges, newest first, optionally only those with this status. */
    @GetMapping
    public List<ExchangeView> recent(@RequestParam(required = false) String status,
                                     @RequestParam(defaultValue = "50") int limit) {
        return exchanges.recent(status, Math.max(1, Math.min(limit, 500))).stream()
                .map(ExchangeController::view).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<?> get(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound(id);
        }
        CallerIdentity.Caller caller = callers.current();
        // Another agency's exchange answers exactly like a missing one: its existence is not ours to tell.
        return exchanges.find(uuid)
                .filter(x -> caller.seesEverything() || isParty(caller.agency(), x))
                .<ResponseEntity<?>>map(x -> ResponseEntity.ok(caller.seesEverything() ? view(x) : viewFor(caller.agency(), x)))
                .orElseGet(() -> notFound(id));
    }

    /** The agency handed the event in, or a mandate it triggers names the agency as a recipient. */
    private boolean isParty(String agency, ExchangeRecord x) {
        if (agency == null) {
            return false;
        }
        return agency.equals(x.eventSource())
                || x.obligations().stream().anyMatch(o -> agency.equals(o.recipient()))
                || mandates.flowsTriggeredBy(x.eventType()).stream()
                        .flatMap(t -> t.flow().recipients().stream()).anyMatch(r -> agency.equals(r.agency()));
    }

    /**
     * What one agency sees of an exchange: the originator sees every obligation (it is owed the
     * outcome); a recipient sees only its own, not what others were sent or why they answered as
     * they did.
     */
    static ExchangeView viewFor(String agency, ExchangeRecord x) {
        ExchangeView all = view(x);
        if (agency.equals(x.eventSource())) {
            return all;
        }
        return new ExchangeView(all.exchangeId(), all.eventType(), all.eventId(), all.source(), all.caller(),
                all.status(), all.outcome(), all.late(), all.acceptedAt(), all.publishedAt(), all.completedAt(),
                all.dueAt(), all.obligations().stream().filter(o -> agency.equals(o.recipient())).toList());
    }

    static ExchangeView view(ExchangeRecord x) {
        OffsetDateTime end = x.completedAt() != null ? x.completedAt() : OffsetDateTime.now(ZoneOffset.UTC);
        boolean late = x.dueAt() != null && end.isAfter(x.dueAt());
        return new ExchangeView(x.id().toString(), x.eventType(), x.eventId(), x.eventSource(), x.caller(),
                x.status(), x.outcome(), late, x.acceptedAt(), x.publishedAt(), x.completedAt(), x.dueAt(),
                x.obligations());
    }

    private static ResponseEntity<ProblemDetail> notFound(String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                "exchange-not-found", "No such exchange", "no exchange with id '" + id + "'"));
    }
}
