package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
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
 * M2: the bureau's interface for licence-filing outcomes ({@code POST /approval/api/v1/licence-filing-outcomes},
 * contracts/agencies/approval.v1.yaml), and their read-back for tests under {@code /_sim/approval}.
 */
@RestController
class ApprovalLicenceFilingOutcomesController {

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final ApprovalLicenceFilingOutcomes outcomes;

    ApprovalLicenceFilingOutcomesController(ApprovalLicenceFilingOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @PostMapping(path = "/approval/api/v1/licence-filing-outcomes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> licenceFilingOutcome(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("commandId", "licenceNo", "uscc", "outcome", "marketStatus", "marketReasonCode",
                        "marketReference"))
                .required("commandId", "licenceNo", "uscc", "outcome", "marketStatus")
                .text("commandId", 120).pattern("licenceNo", NUMBER).uscc("uscc")
                .oneOf("outcome", Set.of("COMPLETED", "PARTIAL"))
                .oneOf("marketStatus", Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED"))
                .pattern("marketReasonCode", CODE).text("marketReference", 100)
                .first();
        if (fault.isPresent()) {
            return invalid(fault.get());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(outcomes.record(body));
    }

    /** Outside the bureau's contract: what the hub reported. */
    @GetMapping("/_sim/approval/licence-filing-outcomes")
    List<JsonNode> recorded() {
        return outcomes.outcomes();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not valid JSON");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String fault) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "INVALID_REQUEST");
        body.put("message", fault);
        body.put("field", JsonChecks.field(fault));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
