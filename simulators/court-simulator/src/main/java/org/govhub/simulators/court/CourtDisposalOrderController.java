package org.govhub.simulators.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The court clerk's actions in the court's own system (M7), outside the court's API to the hub:
 * order a case's disposal, withdraw it. Each answers the event pushed and the hub's answer.
 */
@RestController
@RequestMapping("/_sim/court")
class CourtDisposalOrderController {

    /** 撤销裁定, 执行和解, 执行异议成立: gov.court.disposal-withdrawn.v1's reasons. */
    static final List<String> REASONS = List.of("ORDER_REVOKED", "SETTLED", "OBJECTION_UPHELD");

    private final CourtDisposalOrders orders;

    CourtDisposalOrderController(CourtDisposalOrders orders) {
        this.orders = orders;
    }

    @PostMapping("/cases/{caseNumber}/disposal-order")
    ResponseEntity<Object> order(@PathVariable String caseNumber) {
        try {
            return orders.order(caseNumber).<ResponseEntity<Object>>map(e -> ResponseEntity.ok(e))
                    .orElseGet(() -> refuse(HttpStatus.NOT_FOUND, "caseNumber: the court has no such enforcement case"));
        } catch (IllegalStateException e) {
            return refuse(HttpStatus.CONFLICT, "caseNumber: " + e.getMessage());
        }
    }

    /** Body: {@code {"reason": "SETTLED"}}, the ground of the withdrawal (required, one of {@link #REASONS}). */
    @PostMapping("/cases/{caseNumber}/withdrawal")
    ResponseEntity<Object> withdraw(@PathVariable String caseNumber, @RequestBody(required = false) JsonNode body) {
        String reason = body == null ? "" : body.path("reason").asText("");
        if (!REASONS.contains(reason)) {
            return refuse(HttpStatus.BAD_REQUEST, "reason: must be one of " + String.join(", ", REASONS));
        }
        return orders.withdraw(caseNumber, reason).<ResponseEntity<Object>>map(e -> ResponseEntity.ok(e))
                .orElseGet(() -> refuse(HttpStatus.CONFLICT, "caseNumber: the court made no disposal order on this case"));
    }

    @GetMapping("/disposal-orders")
    List<CourtDisposalOrders.Order> orders() {
        return orders.orders();
    }

    private static ResponseEntity<Object> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

}
