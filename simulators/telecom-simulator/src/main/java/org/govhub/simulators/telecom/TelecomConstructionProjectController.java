package org.govhub.simulators.telecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.govhub.simulators.support.UtilityIntake;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M6, Parts 4.2 and 4.5: the telecom operator registers the project of each construction permit,
 * {@code POST /telecom/open/v1/construction-projects} (contracts/agencies/telecom.v1.yaml).
 * Idempotent on {@code transactionId}; no fibre near the site (seed/gaotang-connections.json) is
 * {@code 1102}; a malformed request 400 {@code 1001} naming the field.
 */
@RestController
class TelecomConstructionProjectController {

    private static final Set<String> FIELDS = Set.of("transactionId", "permitNo", "projectCode", "projectName",
            "siteAddress", "areaCode", "buildingUse", "issueDate", "completionDate", "developer", "households");

    private final UtilityIntake intake;

    TelecomConstructionProjectController(UtilityIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/telecom/open/v1/construction-projects", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body).only(FIELDS)
                .text("transactionId", 1, 160, true)
                .pattern("permitNo", "^\\d{18}$", "must be 18 digits", true)
                .pattern("projectCode", "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$", "must be a project code", true)
                .text("projectName", 2, 100, true)
                .text("siteAddress", 2, 200, true)
                .pattern("areaCode", "^\\d{6}$", "must be 6 digits", true)
                .oneOf("buildingUse", Set.of("RESIDENTIAL", "COMMERCIAL", "INDUSTRIAL", "PUBLIC", "MIXED"), true)
                .isoDate("issueDate", true)
                .isoDate("completionDate", true)
                .text("developer.name", 2, 100, true)
                .uscc("developer.creditCode")
                .problem()
                .or(() -> body.path("developer").isObject() && body.get("developer").size() == 2 ? Optional.empty()
                        : Optional.of("developer: must have name and creditCode only"))
                .or(() -> body.has("households") && !body.get("households").isIntegralNumber()
                        ? Optional.of("households: must be a whole number") : Optional.empty());
        if (problem.isPresent()) {
            return invalid(problem.get().substring(0, problem.get().indexOf(':')));
        }
        String transactionId = body.get("transactionId").asText();
        String address = body.get("siteAddress").asText();
        return intake.once("telecom", "construction-permit", transactionId, "DXXM", 8, projectId -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!intake.serves("telecom", address)) {
                answer.put("resultCode", "1102");
                answer.put("resultMsg", "该地址无光纤资源");
                return new UtilityIntake.Outcome<>(ResponseEntity.ok(answer), null);
            }
            answer.put("resultCode", "0");
            answer.put("resultMsg", "登记成功");
            answer.put("projectId", projectId);
            return new UtilityIntake.Outcome<>(ResponseEntity.ok(answer), new UtilityIntake.Filed("telecom",
                    "construction-permit", transactionId, body.get("permitNo").asText(), projectId, address,
                    body.has("households") ? Map.of("households", body.get("households").asText()) : Map.of()));
        });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String field) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("resultCode", "1001", "resultMsg", "参数校验失败：" + field));
    }
}
