package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.simulators.support.JsonChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M2: market supervision's interface for feedback on the supervision results it pushed
 * ({@code POST /market/jgxx/fk}, contracts/agencies/market.v1.yaml), and its read-back for tests
 * under {@code /_sim/market}.
 */
@RestController
class MarketSupervisionResultFeedbackController {

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final MarketSupervisionResultFeedback feedback;

    MarketSupervisionResultFeedbackController(MarketSupervisionResultFeedback feedback) {
        this.feedback = feedback;
    }

    @PostMapping(path = "/market/jgxx/fk", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> supervisionResultFeedback(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("bizId", "resultNo", "entCode", "outcome", "approvalStatus", "approvalReasonCode",
                        "approvalReceiptNo"))
                .required("bizId", "resultNo", "entCode", "outcome", "approvalStatus")
                .text("bizId", 120).pattern("resultNo", NUMBER).uscc("entCode")
                .oneOf("outcome", Set.of("COMPLETED", "PARTIAL"))
                .oneOf("approvalStatus", Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED"))
                .pattern("approvalReasonCode", CODE).text("approvalReceiptNo", 100)
                .first();
        if (fault.isPresent()) {
            return invalid(fault.get());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(feedback.record(body));
    }

    /** Outside market supervision's contract: what the hub reported. */
    @GetMapping(path = "/_sim/market/supervision-result-feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    List<JsonNode> recorded() {
        return feedback.feedback();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not valid JSON");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String fault) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("success", false, "errorCode", "INVALID_REQUEST", "errorMsg", fault));
    }
}
