package org.govhub.simulators.housing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.govhub.simulators.support.GaotangNewHousingSeed;
import org.govhub.simulators.support.ResettableState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The housing bureau's filing shares (M8, contracts/agencies/housing.v1.yaml): a request for the
 * buyer's filed contract is accepted (202) and the filing prepared for the bureau's event
 * {@code gov.housing.sale-contract-filing-shared.v1}, readable at {@code /_sim/housing/shares}.
 */
@RestController
class HousingFilingShares implements ResettableState {

    @Component
    static class KeyCheck implements AgencyAuthenticator {

        private final String key;

        KeyCheck(@Value("${govhub.simulators.housing.api-key}") String key) {
            this.key = key;
        }

        @Override
        public String agency() {
            return "housing";
        }

        @Override
        public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
            if (AgencyAuthenticator.same(key, request.getHeader("X-Housing-Key"))) {
                return true;
            }
            AgencyAuthenticator.refuse(response, 401, "application/json",
                    "{\"code\":\"UNAUTHORIZED\",\"message\":\"missing or unknown key\"}");
            return false;
        }
    }

    private final GaotangNewHousingSeed seed;
    private final ObjectMapper mapper;
    private final Map<String, ResponseEntity<Map<String, Object>>> answers = new HashMap<>();
    private final List<JsonNode> shares = new ArrayList<>();

    HousingFilingShares(GaotangNewHousingSeed seed, ObjectMapper mapper) {
        this.seed = seed;
        this.mapper = mapper;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        shares.clear();
    }

    @PostMapping(path = "/housing/api/v1/filing-share-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    synchronized ResponseEntity<Map<String, Object>> request(@RequestBody JsonNode body) {
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            return error(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", problem.get());
        }
        return answers.computeIfAbsent(body.get("requestId").asText(), id -> {
            Optional<JsonNode> filing = seed.filing(body.get("unitNumber").asText(), body.path("buyer").path("idNumber").asText());
            if (filing.isEmpty()) {
                return error(HttpStatus.NOT_FOUND, "FILING_NOT_FOUND", "no filed sale contract of this buyer for this unit");
            }
            ObjectNode share = mapper.createObjectNode().put("applicationNo", body.get("applicationNo").asText());
            share.setAll((ObjectNode) filing.get());
            shares.add(share);
            Map<String, Object> accepted = new LinkedHashMap<>();
            accepted.put("requestId", id);
            accepted.put("filingNo", share.path("filingNo").asText());
            accepted.put("status", "ACCEPTED");
            return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(accepted);
        });
    }

    /** The filings the bureau is to share (each the data of its event), by application. */
    @GetMapping("/_sim/housing/shares")
    synchronized List<JsonNode> shares(@RequestParam(required = false) String applicationNo) {
        return shares.stream().filter(s -> applicationNo == null || s.path("applicationNo").asText().equals(applicationNo)).toList();
    }

    private static Optional<String> problem(JsonNode body) {
        if (!body.isObject() || !body.path("requestId").isTextual() || body.get("requestId").asText().isEmpty()) {
            return Optional.of("requestId: required");
        }
        if (!body.path("applicationNo").asText("").matches("^[A-Za-z0-9-]{6,32}$")) {
            return Optional.of("applicationNo: must be 6 to 32 letters, digits or '-'");
        }
        return RealEstateUnitNumber.check(body.path("unitNumber").asText(null)).map(p -> "unitNumber: " + p)
                .or(() -> body.path("buyer").path("name").asText("").isEmpty() ? Optional.of("buyer.name: required") : Optional.empty())
                .or(() -> ResidentIdNumber.check(body.path("buyer").path("idNumber").asText(null)).map(p -> "buyer.idNumber: " + p));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
