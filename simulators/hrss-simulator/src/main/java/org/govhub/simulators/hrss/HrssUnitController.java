package org.govhub.simulators.hrss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The social-insurance agency's unit interface, contracts/agencies/hrss.v1.yaml. */
@RestController
@RequestMapping(path = "/hrss/unit", produces = MediaType.APPLICATION_JSON_VALUE)
class HrssUnitController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final InsuredUnits units;
    private final ObjectMapper mapper;

    HrssUnitController(InsuredUnits units, ObjectMapper mapper) {
        this.units = units;
        this.mapper = mapper;
    }

    // --- M4 enterprise-startup-bundle ---
    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> register(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body)
                .only(Set.of("serial_no", "unit_code", "unit_name", "address", "area_code", "found_date", "staff_count",
                        "legal_name", "legal_id_type", "legal_id_no", "contact_phone"))
                .text("serial_no", 1, 100, true)
                .uscc("unit_code")
                .text("unit_name", 2, 100, true)
                .text("address", 2, 200, true)
                .pattern("area_code", "^\\d{6}$", "须为6位行政区划代码", true)
                .date("found_date", DAY, true)
                .text("legal_name", 1, 100, true)
                .oneOf("legal_id_type", Set.of("01"), true)
                .residentId("legal_id_no")
                .pattern("contact_phone", "^1[3-9]\\d{9}$", "须为11位手机号", false)
                .problem();
        if (problem.isEmpty() && body.has("staff_count") && (!body.get("staff_count").isInt()
                || body.get("staff_count").asInt() < 0)) {
            problem = Optional.of("staff_count: 须为非负整数");
        }
        return problem.map(this::invalid).orElseGet(() -> ResponseEntity.ok(units.register(body)));
    }

    // --- M5 enterprise-deregistration ---
    @PostMapping(path = "/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> cancel(@RequestBody JsonNode body) {
        return RequestChecks.of(body)
                .only(Set.of("serial_no", "unit_code", "unit_name", "cancel_date", "cancel_reason"))
                .text("serial_no", 1, 100, true)
                .uscc("unit_code")
                .text("unit_name", 2, 100, true)
                .date("cancel_date", DAY, true)
                .oneOf("cancel_reason", Set.of("01", "02", "03", "04", "09"), true)
                .problem()
                .map(this::invalid)
                .orElseGet(() -> ResponseEntity.ok(units.cancel(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable() {
        return invalid("body: 请求体不是合法的 JSON");
    }

    private ResponseEntity<ObjectNode> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(mapper.createObjectNode().put("ret", 4000).put("msg", why));
    }
}
