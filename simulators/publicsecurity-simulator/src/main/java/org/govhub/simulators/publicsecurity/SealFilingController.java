package org.govhub.simulators.publicsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
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

/** The seal management system's API, contracts/agencies/publicsecurity.v1.yaml. */
@RestController
@RequestMapping(path = "/publicsecurity", produces = MediaType.APPLICATION_JSON_VALUE)
class SealFilingController {

    private static final Set<String> SEAL_TYPES = Set.of("OFFICIAL", "FINANCE", "INVOICE", "CONTRACT",
            "LEGAL_REPRESENTATIVE");

    private final SealRegistry registry;

    SealFilingController(SealRegistry registry) {
        this.registry = registry;
    }

    // --- M4 enterprise-startup-bundle ---
    @PostMapping(path = "/seal-filings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> file(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body)
                .only(Set.of("requestId", "unit", "legalPerson", "sealTypes"))
                .text("requestId", 1, 100, true)
                .uscc("unit.creditCode")
                .text("unit.name", 2, 100, true)
                .text("unit.address", 2, 200, true)
                .text("legalPerson.name", 1, 100, true)
                .oneOf("legalPerson.certType", Set.of("RESIDENT_ID"), true)
                .residentId("legalPerson.certNo")
                .problem();
        if (problem.isEmpty() && (!body.path("sealTypes").isArray() || body.path("sealTypes").isEmpty()
                || body.path("sealTypes").size() > 5)) {
            problem = Optional.of("sealTypes: 1 to 5 seal types");
        }
        if (problem.isEmpty()) {
            for (JsonNode t : body.path("sealTypes")) {
                if (!SEAL_TYPES.contains(t.asText())) {
                    problem = Optional.of("sealTypes: each must be one of " + SEAL_TYPES.stream().sorted().toList());
                }
            }
        }
        return problem.map(SealFilingController::invalid).orElseGet(() -> answer(registry.file(body)));
    }

    // --- M5 enterprise-deregistration ---
    @PostMapping(path = "/seal-filings/cancellations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> cancel(@RequestBody JsonNode body) {
        return RequestChecks.of(body)
                .only(Set.of("requestId", "creditCode", "unitName", "cancelDate"))
                .text("requestId", 1, 100, true)
                .uscc("creditCode")
                .text("unitName", 2, 100, true)
                .isoDate("cancelDate", true)
                .problem()
                .map(SealFilingController::invalid)
                .orElseGet(() -> answer(registry.cancel(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not a JSON object");
    }

    private static ResponseEntity<Map<String, Object>> answer(SealRegistry.Answer a) {
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON).body(a.body());
    }

    private static ResponseEntity<Map<String, Object>> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "INVALID_REQUEST", "detail", why));
    }
}
