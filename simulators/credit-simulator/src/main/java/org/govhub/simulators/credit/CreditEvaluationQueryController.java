package org.govhub.simulators.credit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.govhub.simulators.support.JsonChecks;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * M9: the platform's evaluation look-up ({@code GET /credit/api/evaluations/{uscc}},
 * contracts/agencies/credit.v1.yaml): the evaluation in force, with the day its version took
 * effect. The simulated platform keeps no dates of its own, so a version's day is the day the
 * simulator first served it (China time); a reset forgets them.
 */
@RestController
class CreditEvaluationQueryController implements ResettableState {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CreditPlatform platform;
    private final ObjectMapper mapper;
    private final Map<String, LocalDate> versionDays = new ConcurrentHashMap<>();

    CreditEvaluationQueryController(CreditPlatform platform, ObjectMapper mapper) {
        this.platform = platform;
        this.mapper = mapper;
    }

    @Override
    public void reset() {
        versionDays.clear();
    }

    @GetMapping(path = "/credit/api/evaluations/{uscc}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> evaluation(@PathVariable String uscc) {
        Optional<String> fault = new JsonChecks(mapper.createObjectNode().put("uscc", uscc)).uscc("uscc").first();
        if (fault.isPresent()) {
            return error(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", fault.get());
        }
        Optional<CreditPlatform.Evaluation> found = platform.evaluation(uscc);
        if (found.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "UNKNOWN_ENTERPRISE", "法人库中无此主体");
        }
        CreditPlatform.Evaluation e = found.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uscc", e.uscc());
        body.put("creditClass", e.creditClass());
        body.put("version", e.version());
        body.put("evaluatedOn", versionDays.computeIfAbsent(e.uscc() + "#" + e.version(),
                k -> LocalDate.now(CHINA)).toString());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("detail", detail);
        if (status == HttpStatus.BAD_REQUEST) {
            body.put("field", "uscc");
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
