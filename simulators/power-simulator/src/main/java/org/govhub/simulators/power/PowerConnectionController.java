package org.govhub.simulators.power;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.govhub.simulators.support.UtilityIntake;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M6 at the power company (contracts/agencies/power.v1.yaml): 业扩报装申请 from the combined window
 * and 业扩前期 registration of construction permits. Idempotent on {@code requestId}; an address
 * in a town without supply network (seed/gaotang-connections.json) is refused with 422.
 */
@RestController
class PowerConnectionController {

    private static final Set<String> APPLICATION_FIELDS = Set.of("requestId", "windowAppNo", "projectCode", "projectName",
            "elecAddr", "areaCode", "acceptDate", "custName", "certType", "certNo", "mobile", "capacityKva",
            "voltageLevel", "externalLine");
    private static final Set<String> PERMIT_FIELDS = Set.of("requestId", "permitNo", "projectCode", "projectName",
            "siteAddr", "areaCode", "buildingUse", "issueDate", "plannedCompletionDate", "builderName",
            "builderCreditCode", "floorAreaM2", "households");
    private static final String PROJECT_CODE = "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$";
    private static final Set<String> USES = Set.of("RESIDENTIAL", "COMMERCIAL", "INDUSTRIAL", "PUBLIC", "MIXED");

    private final UtilityIntake intake;

    PowerConnectionController(UtilityIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/power/api/v1/connection-applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> apply(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body).only(APPLICATION_FIELDS)
                .text("requestId", 1, 160, true)
                .pattern("windowAppNo", "^[A-Za-z0-9-]{6,32}$", "must be 6 to 32 letters, digits or hyphens", true)
                .pattern("projectCode", PROJECT_CODE, "must be a project code", false)
                .text("projectName", 2, 100, true)
                .text("elecAddr", 2, 200, true)
                .pattern("areaCode", "^\\d{6}$", "must be 6 digits", true)
                .isoDate("acceptDate", true)
                .text("custName", 1, 100, true)
                .oneOf("certType", Set.of("ID_CARD", "UNIFIED_SOCIAL_CREDIT_CODE"), true)
                .pattern("certNo", "^[0-9A-Z]{18}$", "must be 18 characters", true)
                .pattern("mobile", "^1[3-9]\\d{9}$", "must be an 11-digit mobile number", true)
                .oneOf("voltageLevel", Set.of("220V", "380V", "10kV", "35kV"), true)
                .problem()
                .or(() -> positive(body, "capacityKva"))
                .or(() -> body.path("externalLine").isBoolean() ? Optional.empty()
                        : Optional.of("externalLine: must be true or false"));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        String requestId = body.get("requestId").asText();
        String address = body.get("elecAddr").asText();
        boolean external = body.get("externalLine").asBoolean();
        return intake.once("power", "connection-application", requestId, "YK", 6, appNo -> {
            if (!intake.serves("power", address)) {
                return new UtilityIntake.Outcome<>(outOfArea(), null);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("appNo", appNo);
            answer.put("requestId", requestId);
            answer.put("status", "ACCEPTED");
            answer.put("promisedDate", intake.today().plusDays(external ? 6 : 5).toString());
            return new UtilityIntake.Outcome<>(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer),
                    new UtilityIntake.Filed("power", "connection-application", requestId,
                            body.get("windowAppNo").asText(), appNo, address,
                            Map.of("capacityKva", body.get("capacityKva").asText(), "voltageLevel",
                                    body.get("voltageLevel").asText(), "externalLine", Boolean.toString(external))));
        });
    }

    @PostMapping(path = "/power/api/v1/construction-permits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> permit(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body).only(PERMIT_FIELDS)
                .text("requestId", 1, 160, true)
                .pattern("permitNo", "^\\d{18}$", "must be 18 digits", true)
                .pattern("projectCode", PROJECT_CODE, "must be a project code", true)
                .text("projectName", 2, 100, true)
                .text("siteAddr", 2, 200, true)
                .pattern("areaCode", "^\\d{6}$", "must be 6 digits", true)
                .oneOf("buildingUse", USES, true)
                .isoDate("issueDate", true)
                .isoDate("plannedCompletionDate", true)
                .text("builderName", 2, 100, true)
                .uscc("builderCreditCode")
                .problem()
                .or(() -> positive(body, "floorAreaM2"))
                .or(() -> body.has("households") && !body.get("households").canConvertToInt()
                        ? Optional.of("households: must be a whole number") : Optional.empty());
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        String requestId = body.get("requestId").asText();
        String address = body.get("siteAddr").asText();
        return intake.once("power", "construction-permit", requestId, "QZ", 6, serviceNo -> {
            if (!intake.serves("power", address)) {
                return new UtilityIntake.Outcome<>(outOfArea(), null);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("preServiceNo", serviceNo);
            answer.put("requestId", requestId);
            answer.put("status", "REGISTERED");
            return new UtilityIntake.Outcome<>(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer),
                    new UtilityIntake.Filed("power", "construction-permit", requestId, body.get("permitNo").asText(),
                            serviceNo, address, Map.of("floorAreaM2", body.get("floorAreaM2").asText())));
        });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable() {
        return invalid("body: not a JSON object of this operation's fields");
    }

    private static Optional<String> positive(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isNumber() && v.decimalValue().signum() > 0 ? Optional.empty()
                : Optional.of(field + ": must be a positive number");
    }

    private static ResponseEntity<Object> outOfArea() {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errorCode", "OUT_OF_SUPPLY_AREA", "message", "该地址不在供电营业区内"));
    }

    private static ResponseEntity<Object> invalid(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errorCode", "INVALID_PARAMETER", "message", message));
    }
}
