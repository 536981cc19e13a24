package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.simulators.support.JsonChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's report interface for M2 and M3, contracts/agencies/approval.v1.yaml. */
@RestController
@RequestMapping(path = "/approval/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ApprovalReportsController {

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern YUAN = Pattern.compile("^\\d{1,12}(\\.\\d{1,2})?$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final ApprovalRecords records;

    ApprovalReportsController(ApprovalRecords records) {
        this.records = records;
    }

    // ---- M2 approval-market-two-way-push ----
    @PostMapping(path = "/supervision-results", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> supervisionResult(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("commandId", "resultId", "kind", "uscc", "enterpriseName", "licenceNo", "findingId",
                        "inspectionResult", "decisionNo", "penalty", "fineYuan", "decidedOn", "summary"))
                .required("commandId", "resultId", "kind", "uscc", "enterpriseName", "decidedOn", "summary")
                .text("commandId", 120).pattern("resultId", NUMBER).oneOf("kind", Set.of("INSPECTION", "ENFORCEMENT"))
                .uscc("uscc").text("enterpriseName", 100).pattern("licenceNo", NUMBER).pattern("findingId", NUMBER)
                .oneOf("inspectionResult", Set.of("NO_PROBLEM", "PROBLEM_RECTIFIED", "PROBLEM_FOUND", "NOT_AT_ADDRESS"))
                .text("decisionNo", 64)
                .oneOf("penalty", Set.of("WARNING", "FINE", "CONFISCATION", "SUSPENSION", "LICENCE_REVOKED"))
                .pattern("fineYuan", YUAN).date("decidedOn").text("summary", 500)
                .first();
        return fault.map(ApprovalReportsController::invalid).orElseGet(() -> answer(records.supervisionResult(body)));
    }

    @PostMapping(path = "/finding-outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> findingOutcome(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("commandId", "findingId", "uscc", "outcome", "marketStatus", "marketReasonCode",
                        "marketReference"))
                .required("commandId", "findingId", "uscc", "outcome", "marketStatus")
                .text("commandId", 120).pattern("findingId", NUMBER).uscc("uscc")
                .oneOf("outcome", Set.of("COMPLETED", "PARTIAL"))
                .oneOf("marketStatus", Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED"))
                .pattern("marketReasonCode", CODE).text("marketReference", 100)
                .first();
        return fault.map(ApprovalReportsController::invalid).orElseGet(() -> answer(records.findingOutcome(body)));
    }

    // ---- M3 credit-rating-sharing ----
    @PostMapping(path = "/credit-notices", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> creditNotice(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("commandId", "uscc", "enterpriseName", "version", "action", "creditClass", "previousClass",
                        "supersedesVersion", "effectiveDate"))
                .required("commandId", "uscc", "enterpriseName", "version", "action", "creditClass", "effectiveDate")
                .text("commandId", 120).uscc("uscc").text("enterpriseName", 100).positiveInteger("version")
                .oneOf("action", Set.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION"))
                .oneOf("creditClass", ApprovalRecords.CLASSES).oneOf("previousClass", ApprovalRecords.CLASSES)
                .positiveInteger("supersedesVersion").date("effectiveDate")
                .first();
        return fault.map(ApprovalReportsController::invalid).orElseGet(() -> answer(records.creditNotice(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not valid JSON");
    }

    private static ResponseEntity<Map<String, Object>> answer(ApprovalRecords.Answer a) {
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON).body(a.body());
    }

    private static ResponseEntity<Map<String, Object>> invalid(String fault) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "INVALID_REQUEST");
        body.put("message", fault);
        body.put("field", JsonChecks.field(fault));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
