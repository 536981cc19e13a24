package org.govhub.hub.saga;

import java.util.List;
import java.util.UUID;
import org.govhub.hub.exchange.ExchangeController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exchanges/{id}/saga}: the saga an exchange is a step of, its state and
 * every step so far (which events moved it, which were refused and why), to whoever may read
 * the exchange itself. Progress of a saga that waits (M7: for the transferee's payment) is
 * visible here while nothing else moves.
 */
@RestController
@RequestMapping("/api/v1/exchanges")
public class SagaController {

    /** A saga as the API shows it: the correlation key is a matter's identifier, never personal data. */
    public record SagaView(String mandate, String correlationKey, String state, String startedBy,
                           java.time.OffsetDateTime startedAt, java.time.OffsetDateTime updatedAt,
                           List<Sagas.Step> steps) {
    }

    private final ExchangeController exchanges;
    private final Sagas sagas;

    public SagaController(ExchangeController exchanges, Sagas sagas) {
        this.exchanges = exchanges;
        this.sagas = sagas;
    }

    @GetMapping("/{id}/saga")
    public ResponseEntity<?> saga(@PathVariable String id) {
        // The exchange's own access rules decide: a 404 there is a 404 here.
        ResponseEntity<?> exchange = exchanges.get(id);
        if (!exchange.getStatusCode().is2xxSuccessful()) {
            return exchange;
        }
        return sagas.ofExchange(UUID.fromString(id))
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok(new SagaView(s.mandate(), s.correlationKey(), s.state(),
                        s.startedBy().toString(), s.startedAt(), s.updatedAt(), sagas.steps(s.mandate(), s.correlationKey()))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
