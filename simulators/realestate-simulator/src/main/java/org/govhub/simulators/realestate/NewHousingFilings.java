package org.govhub.simulators.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.simulators.support.GaotangNewHousingSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The window's new-housing registrations (M8): the filing housing shared is recorded against
 * the application ({@code POST /realestate/api/v1/new-housing-registrations/sale-contract-filings}),
 * once per command id; readable at {@code /_sim/realestate/new-housing-filings}.
 */
@RestController
class NewHousingFilings implements ResettableState {

    private final GaotangNewHousingSeed seed;
    private final Map<String, ResponseEntity<Map<String, Object>>> answers = new HashMap<>();
    private final List<JsonNode> filings = new ArrayList<>();

    NewHousingFilings(GaotangNewHousingSeed seed) {
        this.seed = seed;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        filings.clear();
    }

    @PostMapping(path = "/realestate/api/v1/new-housing-registrations/sale-contract-filings",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    synchronized ResponseEntity<Map<String, Object>> record(@RequestBody JsonNode body) {
        String problem = !body.path("commandId").isTextual() || body.get("commandId").asText().isEmpty() ? "commandId: required"
                : !body.path("applicationNo").asText("").matches("^[A-Za-z0-9-]{6,32}$") ? "applicationNo: must be 6 to 32 letters, digits or '-'"
                : !body.path("filingNo").asText("").matches("^[A-Z0-9-]{8,32}$") ? "filingNo: must be 8 to 32 capital letters, digits or '-'"
                : RealEstateUnitNumber.check(body.path("unitNumber").asText(null)).map(p -> "unitNumber: " + p).orElse(null);
        if (problem != null) {
            return body(HttpStatus.BAD_REQUEST, Map.of("code", "INVALID_REQUEST", "message", problem));
        }
        return answers.computeIfAbsent(body.get("commandId").asText(), id -> {
            if (!seed.hasUnit(body.get("unitNumber").asText())) {
                return body(HttpStatus.NOT_FOUND, Map.of("code", "UNIT_NOT_FOUND", "message", "no unit with this unit number is registered"));
            }
            filings.add(body);
            Map<String, Object> receipt = new LinkedHashMap<>();
            receipt.put("applicationNo", body.get("applicationNo").asText());
            receipt.put("filingNo", body.get("filingNo").asText());
            receipt.put("status", "FILING_RECORDED");
            return body(HttpStatus.CREATED, receipt);
        });
    }

    @GetMapping("/_sim/realestate/new-housing-filings")
    synchronized List<JsonNode> filings() {
        return List.copyOf(filings);
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
