package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** M6: the combined window's outcome interface, contracts/agencies/approval.v1.yaml. */
@RestController
@RequestMapping(path = "/approval", produces = MediaType.APPLICATION_JSON_VALUE)
class ApprovalConnectionOutcomeController {

    private static final Pattern APPLICATION_NO = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Set<String> UTILITIES = Set.of("water", "power", "gas", "heat", "telecom", "drainage");
    private static final Set<String> STATUSES = Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED");
    private static final Set<String> FIELDS = Set.of("requestId", "outcome", "utilities");
    private static final Set<String> UTILITY_FIELDS = Set.of("utility", "status", "reasonCode", "reason", "reference",
            "dueAt", "late");

    private final ApprovalConnectionWindow window;
    private final ObjectMapper mapper;

    ApprovalConnectionOutcomeController(ApprovalConnectionWindow window, ObjectMapper mapper) {
        this.window = window;
        this.mapper = mapper;
    }

    @PutMapping(path = "/api/v1/utility-connections/{applicationNo}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> report(@PathVariable String applicationNo, @RequestBody JsonNode body) {
        if (!APPLICATION_NO.matcher(applicationNo).matches()) {
            return invalid("applicationNo: 格式错误");
        }
        Optional<String> wrong = violation(body);
        if (wrong.isPresent()) {
            return invalid(wrong.get());
        }
        List<Map<String, Object>> utilities = new ArrayList<>();
        body.get("utilities").forEach(u -> utilities.add(mapper.convertValue(u, Map.class)));
        window.record(applicationNo, body.get("requestId").asText(), body.get("outcome").asText(), utilities);
        return ResponseEntity.ok(Map.of("applicationNo", applicationNo, "received", true));
    }

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
        if (!b.path("requestId").isTextual() || b.get("requestId").asText().isBlank()) {
            return Optional.of("requestId: 必填");
        }
        if (!Set.of("COMPLETED", "PARTIAL").contains(b.path("outcome").asText())) {
            return Optional.of("outcome: 取值错误");
        }
        JsonNode us = b.path("utilities");
        if (!us.isArray() || us.isEmpty() || us.size() > 6) {
            return Optional.of("utilities: 须为1至6项");
        }
        for (int i = 0; i < us.size(); i++) {
            JsonNode u = us.get(i);
            for (var it = u.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!UTILITY_FIELDS.contains(name)) {
                    return Optional.of("utilities[" + i + "]." + name + ": 不允许的字段");
                }
            }
            if (!UTILITIES.contains(u.path("utility").asText())) {
                return Optional.of("utilities[" + i + "].utility: 取值错误");
            }
            if (!STATUSES.contains(u.path("status").asText())) {
                return Optional.of("utilities[" + i + "].status: 取值错误");
            }
        }
        return Optional.empty();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: 不是合法的 JSON");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "INVALID_REQUEST", "message", why));
    }
}
