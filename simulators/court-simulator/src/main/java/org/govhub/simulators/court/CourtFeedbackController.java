package org.govhub.simulators.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.contracts.identifier.CourtCaseNumber;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The court's assistance-feedback API (contracts/agencies/court.v1.yaml), and its state under /_sim/court. */
@RestController
class CourtFeedbackController {

    private static final Set<String> FIELDS = Set.of("feedbackId", "caseNumber", "unitNumber", "stage", "outcome", "steps");
    private static final Set<String> STAGES = Set.of("LEVY", "REGISTRATION", "WITHDRAWAL");
    private static final Set<String> OUTCOMES = Set.of("LEVIED_AWAITING_PAYMENT", "LEVY_REFUSED", "LEVY_FAILED",
            "REGISTERED", "REGISTRATION_REFUSED", "REGISTRATION_FAILED", "WITHDRAWN", "COMPENSATION_INCOMPLETE",
            "WITHDRAWAL_REFUSED");

    private final CourtFeedbackRecords records;

    CourtFeedbackController(CourtFeedbackRecords records) {
        this.records = records;
    }

    @PostMapping(path = "/court/api/enforcement/assistance-feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> feedback(@RequestBody JsonNode body) {
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", problem.get());
        }
        return records.record(body.get("feedbackId").asText(), body.get("caseNumber").asText(),
                        body.get("unitNumber").asText(), body.get("stage").asText(), body.get("outcome").asText(),
                        body.get("steps"))
                .map(f -> {
                    Map<String, Object> receipt = new LinkedHashMap<>();
                    receipt.put("receiptNo", f.receiptNo());
                    receipt.put("caseNumber", f.caseNumber());
                    receipt.put("recorded", true);
                    return ResponseEntity.ok(receipt);
                })
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "无此执行案件"));
    }

    /** What the court recorded, optionally for one case; outside its contract. */
    @GetMapping("/_sim/court/feedback")
    List<CourtFeedbackRecords.Feedback> recorded(@RequestParam(required = false) String caseNumber) {
        return records.feedback(caseNumber);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "body: not valid JSON");
    }

    private static Optional<String> problem(JsonNode body) {
        if (!body.isObject()) {
            return Optional.of("body: must be a JSON object");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return Optional.of(name + ": not allowed");
            }
        }
        Optional<String> missing = FIELDS.stream().sorted().filter(f -> !body.has(f)).findFirst();
        if (missing.isPresent()) {
            return Optional.of(missing.get() + ": required");
        }
        if (!body.get("feedbackId").isTextual() || body.get("feedbackId").asText().isEmpty()) {
            return Optional.of("feedbackId: must be a non-empty string");
        }
        return CourtCaseNumber.check(body.get("caseNumber").asText(null)).map(p -> "caseNumber: " + p)
                .or(() -> RealEstateUnitNumber.check(body.get("unitNumber").asText(null)).map(p -> "unitNumber: " + p))
                .or(() -> STAGES.contains(body.get("stage").asText()) ? Optional.empty()
                        : Optional.of("stage: must be one of LEVY, REGISTRATION, WITHDRAWAL"))
                .or(() -> OUTCOMES.contains(body.get("outcome").asText()) ? Optional.empty()
                        : Optional.of("outcome: must be one of the documented outcomes"))
                .or(() -> body.get("steps").isArray() && body.get("steps").size() <= 10 ? Optional.empty()
                        : Optional.of("steps: must be an array of at most 10 steps"));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", code);
        body.put("errorMessage", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
