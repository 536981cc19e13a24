package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Market supervision's M2 and M3 interface, contracts/agencies/market.v1.yaml. */
@RestController
@RequestMapping(path = "/market", produces = MediaType.APPLICATION_JSON_VALUE)
class MarketKeySupervisionController {

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern DIVISION = Pattern.compile("^\\d{6}$");
    private static final Pattern RATIO = Pattern.compile("^(0\\.\\d{2}|1\\.00)$");
    /** The classes of each code list market supervision knows. */
    private static final Map<String, Set<String>> CODE_LISTS = Map.of(
            "GB-A-D", Set.of("A", "B", "C", "D"), "SD-A-E", Set.of("A", "B", "C", "D", "E"));

    private final MarketSupervision supervision;

    MarketKeySupervisionController(MarketSupervision supervision) {
        this.supervision = supervision;
    }

    // ---- M2 approval-market-two-way-push ----
    @PostMapping(path = "/zdjg/mdlr", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> keySupervision(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("bizId", "findingNo", "anomalyType", "entCode", "entName", "entAddress", "divisionCode",
                        "relatedEntCodes", "foundDate", "description"))
                .required("bizId", "findingNo", "anomalyType", "entCode", "entName", "foundDate", "description")
                .text("bizId", 120).pattern("findingNo", NUMBER).oneOf("anomalyType", Set.of("01", "02", "03", "04"))
                .uscc("entCode").text("entName", 100).text("entAddress", 200).pattern("divisionCode", DIVISION)
                .date("foundDate").text("description", 500)
                .first();
        if (fault.isEmpty() && body.has("relatedEntCodes")) {
            for (JsonNode code : body.get("relatedEntCodes")) {
                fault = new JsonChecks(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .set("relatedEntCodes", code)).uscc("relatedEntCodes").first();
                if (fault.isPresent()) {
                    break;
                }
            }
        }
        return fault.map(MarketKeySupervisionController::invalid).orElseGet(() -> ok(supervision.keySupervision(body)));
    }

    @PostMapping(path = "/xkxx/ba", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> licenceFiling(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("bizId", "licenceNo", "licenceType", "entCode", "entName", "entAddress", "divisionCode",
                        "scope", "grantDate", "validTo"))
                .required("bizId", "licenceNo", "licenceType", "entCode", "entName", "grantDate", "validTo")
                .text("bizId", 120).pattern("licenceNo", NUMBER).oneOf("licenceType", Set.of("01", "02", "03", "04", "99"))
                .uscc("entCode").text("entName", 100).text("entAddress", 200).pattern("divisionCode", DIVISION)
                .text("scope", 1000).date("grantDate").date("validTo")
                .first();
        return fault.map(MarketKeySupervisionController::invalid).orElseGet(() -> ok(supervision.licenceFiling(body)));
    }

    // ---- M3 credit-rating-sharing ----
    @PostMapping(path = "/xyfl/gx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> creditRiskClass(@RequestBody JsonNode body) {
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("bizId", "entCode", "entName", "codeList", "riskClass", "samplingRatio", "version",
                        "changeType", "effectiveDate"))
                .required("bizId", "entCode", "entName", "codeList", "riskClass", "samplingRatio", "version",
                        "changeType", "effectiveDate")
                .text("bizId", 120).uscc("entCode").text("entName", 100).oneOf("codeList", CODE_LISTS.keySet())
                .pattern("samplingRatio", RATIO).positiveInteger("version")
                .oneOf("changeType", Set.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION")).date("effectiveDate")
                .first();
        if (fault.isEmpty()) {
            fault = new JsonChecks(body).oneOf("riskClass", CODE_LISTS.get(body.path("codeList").asText())).first();
        }
        return fault.map(MarketKeySupervisionController::invalid).orElseGet(() -> ok(supervision.creditRiskClass(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not valid JSON");
    }

    private static ResponseEntity<Map<String, Object>> ok(Map<String, Object> answer) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    private static ResponseEntity<Map<String, Object>> invalid(String fault) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("success", false, "errorCode", "INVALID_REQUEST", "errorMsg", fault));
    }
}
