package org.govhub.hub.mandate.m3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.hub.ingress.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators and auditors: which agency holds which version of an enterprise's credit
 * rating ({@code GET /api/v1/credit/ratings/{uscc}/holders}), from M3's obligations. An agency
 * holds the newest version it applied; {@code deliveries} lists every version sent and its outcome.
 */
@RestController
@RequestMapping("/api/v1/credit/ratings")
public class CreditRatingHoldersController {

    /** What one agency holds: the newest version it applied. */
    public record Holding(String agency, int heldVersion, String creditClass, String action) {
    }

    public record Holders(String uscc, Integer latestVersion, List<Holding> holders,
                          List<CreditRatingHolders.Delivery> deliveries) {
    }

    private final CreditRatingHolders ratings;

    public CreditRatingHoldersController(CreditRatingHolders ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/{uscc}/holders")
    public ResponseEntity<?> holders(@PathVariable String uscc) {
        Optional<String> invalid = UnifiedSocialCreditCode.standard().check(uscc);
        if (invalid.isPresent()) {
            ProblemDetail p = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-identifier",
                    "The identifier is not valid", "uscc: " + invalid.get());
            p.setProperty("field", "uscc");
            p.setProperty("rule", "uscc");
            return ResponseEntity.badRequest().body(p);
        }
        List<CreditRatingHolders.Delivery> deliveries = ratings.deliveries(uscc);
        Map<String, Holding> held = new LinkedHashMap<>();
        for (CreditRatingHolders.Delivery d : deliveries) {
            if (d.status().equals("APPLIED")) {
                held.merge(d.agency(), new Holding(d.agency(), d.version(), d.creditClass(), d.action()),
                        (a, b) -> a.heldVersion() >= b.heldVersion() ? a : b);
            }
        }
        List<Holding> holders = new ArrayList<>(held.values());
        holders.sort(Comparator.comparing(Holding::agency));
        Integer latest = deliveries.stream().map(CreditRatingHolders.Delivery::version).max(Integer::compare).orElse(null);
        return ResponseEntity.ok(new Holders(uscc, latest, holders, deliveries));
    }
}
