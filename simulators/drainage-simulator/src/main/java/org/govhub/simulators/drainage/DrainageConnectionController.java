package org.govhub.simulators.drainage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The drainage service's 排水接入申请 interface, contracts/agencies/drainage.v1.yaml. */
@RestController
@RequestMapping(path = "/drainage", produces = MediaType.APPLICATION_JSON_VALUE)
class DrainageConnectionController {

    private static final Set<String> FIELDS = Set.of("requestNo", "windowNo", "projectCode", "projectName", "address",
            "divisionCode", "acceptDate", "applicantName", "applicantIdType", "applicantIdNo", "applicantPhone",
            "dischargeType", "dailyVolumeM3", "externalWorks");
    private static final Pattern ID = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern WINDOW_NO = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern DIVISION = Pattern.compile("^\\d{6}$");

    private final DrainageConnections connections;

    DrainageConnectionController(DrainageConnections connections) {
        this.connections = connections;
    }

    @PostMapping(path = "/api/connections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> file(@RequestBody JsonNode body) {
        Optional<String> wrong = violation(body);
        if (wrong.isPresent()) {
            return invalid(wrong.get());
        }
        DrainageConnections.Answer answer = connections.file(body.get("requestNo").asText(),
                body.get("windowNo").asText(), body.get("address").asText(), body.get("dischargeType").asText());
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    /** The first rule the request breaks, naming the field and never its value. */
    private static Optional<String> violation(JsonNode b) {
        if (!b.isObject()) {
            return Optional.of("body: 须为 JSON 对象");
        }
        for (var it = b.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                return Optional.of(name + ": 不允许的字段");
            }
        }
        if (!text(b, "requestNo", 1, 160)) {
            return Optional.of("requestNo: 必填");
        }
        if (!matches(b, "windowNo", WINDOW_NO)) {
            return Optional.of("windowNo: 格式错误");
        }
        if (!text(b, "projectName", 2, 100)) {
            return Optional.of("projectName: 2至100字符");
        }
        if (!text(b, "address", 2, 200)) {
            return Optional.of("address: 2至200字符");
        }
        if (!matches(b, "divisionCode", DIVISION)) {
            return Optional.of("divisionCode: 须为6位区县代码");
        }
        if (!isDate(b.path("acceptDate"))) {
            return Optional.of("acceptDate: 须为 yyyy-MM-dd 日期");
        }
        if (!text(b, "applicantName", 1, 100)) {
            return Optional.of("applicantName: 必填");
        }
        if (!Set.of("RESIDENT_ID", "USCC").contains(b.path("applicantIdType").asText())) {
            return Optional.of("applicantIdType: 须为 RESIDENT_ID 或 USCC");
        }
        if (!matches(b, "applicantIdNo", ID)) {
            return Optional.of("applicantIdNo: 须为18位证件号");
        }
        if (!matches(b, "applicantPhone", MOBILE)) {
            return Optional.of("applicantPhone: 须为11位手机号");
        }
        if (!Set.of("DOMESTIC", "INDUSTRIAL", "RAINWATER").contains(b.path("dischargeType").asText())) {
            return Optional.of("dischargeType: 取值错误");
        }
        if (!b.path("dailyVolumeM3").isNumber() || b.get("dailyVolumeM3").asDouble() <= 0) {
            return Optional.of("dailyVolumeM3: 须为正数");
        }
        if (!b.path("externalWorks").isBoolean()) {
            return Optional.of("externalWorks: 须为布尔值");
        }
        return Optional.empty();
    }

    private static boolean text(JsonNode node, String field, int min, int max) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() && v.asText().length() >= min && v.asText().length() <= max;
    }

    private static boolean matches(JsonNode node, String field, Pattern pattern) {
        return node.path(field).isTextual() && pattern.matcher(node.get(field).asText()).matches();
    }

    private static boolean isDate(JsonNode v) {
        try {
            return v.isTextual() && LocalDate.parse(v.asText()) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: 不是合法的 JSON");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("success", false, "errorCode", "INVALID", "message", why));
    }
}
