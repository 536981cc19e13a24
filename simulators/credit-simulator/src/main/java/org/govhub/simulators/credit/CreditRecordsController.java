package org.govhub.simulators.credit;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform's collection interface (M3), contracts/agencies/credit.v1.yaml. */
@RestController
@RequestMapping(path = "/credit/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CreditRecordsController {

    private static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9-]{6,40}$");

    private final CreditPlatform platform;

    CreditRecordsController(CreditPlatform platform) {
        this.platform = platform;
    }

    // ---- M3 credit-rating-sharing ----
    @PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> collect(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                @RequestBody JsonNode body) {
        if (key == null || key.isBlank() || key.length() > 120) {
            return invalid("Idempotency-Key: required, 1 to 120 characters");
        }
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("recordId", "version", "action", "authority", "category", "severity", "uscc",
                        "enterpriseName", "decidedOn", "documentNo", "summary"))
                .required("recordId", "version", "action", "authority", "category", "severity", "uscc",
                        "enterpriseName", "decidedOn", "documentNo")
                .pattern("recordId", RECORD_ID).positiveInteger("version")
                .oneOf("action", Set.of("SUBMIT", "CORRECT", "RETRACT"))
                .oneOf("authority", Set.of("market", "tax", "housing"))
                .oneOf("category", Set.of("ADMINISTRATIVE_PENALTY", "SERIOUS_DISHONESTY", "TAX_VIOLATION",
                        "CONSTRUCTION_VIOLATION", "PROCUREMENT_ARREARS", "OTHER"))
                .oneOf("severity", Set.of("MINOR", "GENERAL", "SERIOUS"))
                .uscc("uscc").text("enterpriseName", 100).date("decidedOn").text("documentNo", 64).text("summary", 500)
                .first();
        if (fault.isPresent()) {
            return invalid(fault.get());
        }
        CreditPlatform.Answer a = platform.collect(key, body);
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON).body(a.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not valid JSON");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String fault) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "INVALID_REQUEST");
        body.put("detail", fault);
        body.put("field", JsonChecks.field(fault));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
