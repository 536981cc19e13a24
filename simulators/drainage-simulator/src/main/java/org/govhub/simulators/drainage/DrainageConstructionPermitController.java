package org.govhub.simulators.drainage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * M6, Parts 4.2 and 4.5: the drainage service registers the project of each construction permit,
 * {@code POST /drainage/api/construction-permits} (contracts/agencies/drainage.v1.yaml): 201, or
 * 422 {@code NO_SEWER} where there is no public sewer (seed/gaotang-connections.json), or 400
 * naming the field. Idempotent on {@code requestNo}: a repeat gets the first status and body.
 */
@RestController
class DrainageConstructionPermitController {

    private static final Set<String> FIELDS = Set.of("requestNo", "permitNo", "projectCode", "projectName", "address",
            "divisionCode", "buildingUse", "issuedOn", "completionOn", "builderName", "builderUscc", "floorAreaM2");

    private final UtilityIntake intake;

    DrainageConstructionPermitController(UtilityIntake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/drainage/api/construction-permits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body).only(FIELDS)
                .text("requestNo", 1, 160, true)
                .pattern("permitNo", "^\\d{18}$", "须为18位数字", true)
                .pattern("projectCode", "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$", "须为项目代码", true)
                .text("projectName", 2, 100, true)
                .text("address", 2, 200, true)
                .pattern("divisionCode", "^\\d{6}$", "须为6位区划代码", true)
                .oneOf("buildingUse", Set.of("RESIDENTIAL", "COMMERCIAL", "INDUSTRIAL", "PUBLIC", "MIXED"), true)
                .isoDate("issuedOn", true)
                .isoDate("completionOn", true)
                .text("builderName", 2, 100, true)
                .uscc("builderUscc")
                .problem()
                .or(() -> body.path("floorAreaM2").isNumber() && body.get("floorAreaM2").decimalValue().signum() > 0
                        ? Optional.empty() : Optional.of("floorAreaM2: 须为正数"));
        if (problem.isPresent()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("success", false, "errorCode", "INVALID", "message", problem.get()));
        }
        String requestNo = body.get("requestNo").asText();
        String address = body.get("address").asText();
        return intake.once("drainage", "construction-permit", requestNo, "", 4, sequence -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!intake.serves("drainage", address)) {
                answer.put("success", false);
                answer.put("errorCode", "NO_SEWER");
                answer.put("message", "该地址周边无市政排水管网");
                return new UtilityIntake.Outcome<>(ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                        .contentType(MediaType.APPLICATION_JSON).body(answer), null);
            }
            // sequence is yyyyMMdd and 4 digits: PSXK-yyyyMMdd-nnnn.
            String registrationNo = "PSXK-" + sequence.substring(0, 8) + "-" + sequence.substring(8);
            answer.put("success", true);
            answer.put("registrationNo", registrationNo);
            answer.put("registeredAt", OffsetDateTime.now(ZoneId.of("Asia/Shanghai"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            return new UtilityIntake.Outcome<>(ResponseEntity.status(HttpStatus.CREATED)
                    .contentType(MediaType.APPLICATION_JSON).body(answer), new UtilityIntake.Filed("drainage",
                    "construction-permit", requestNo, body.get("permitNo").asText(), registrationNo, address,
                    Map.of("floorAreaM2", body.get("floorAreaM2").asText())));
        });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("success", false, "errorCode", "INVALID", "message", "body: 须为 JSON 对象"));
    }
}
