package org.govhub.simulators.civil;

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
 * Civil affairs' marriage shares (M8, contracts/agencies/civil.v1.yaml): a request is accepted
 * (202) and the person's marriage status prepared for the bureau's event
 * {@code gov.civil.marriage-status-shared.v1} (UNMARRIED when no record), readable at
 * {@code /_sim/civil/shares}.
 */
@RestController
class MarriageShares implements ResettableState {

    @Component
    static class TokenCheck implements AgencyAuthenticator {

        private final String expected;

        TokenCheck(@Value("${govhub.simulators.civil.api-token}") String token) {
            this.expected = "Bearer " + token;
        }

        @Override
        public String agency() {
            return "civil";
        }

        @Override
        public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
            if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
                return true;
            }
            AgencyAuthenticator.refuse(response, 401, "application/json",
                    "{\"error\":\"invalid_token\",\"error_description\":\"missing or unknown token\"}");
            return false;
        }
    }

    private final GaotangNewHousingSeed seed;
    private final ObjectMapper mapper;
    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final List<JsonNode> shares = new ArrayList<>();

    MarriageShares(GaotangNewHousingSeed seed, ObjectMapper mapper) {
        this.seed = seed;
        this.mapper = mapper;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        shares.clear();
    }

    @PostMapping(path = "/civil/api/marriage/share-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    synchronized ResponseEntity<Map<String, Object>> request(@RequestBody JsonNode body) {
        Optional<String> problem = !body.path("request_id").isTextual() || body.get("request_id").asText().isEmpty()
                ? Optional.of("request_id: required")
                : !body.path("application_no").asText("").matches("^[A-Za-z0-9-]{6,32}$")
                        ? Optional.of("application_no: must be 6 to 32 letters, digits or '-'")
                : body.path("name").asText("").isEmpty() ? Optional.of("name: required")
                : ResidentIdNumber.check(body.path("id_number").asText(null)).map(p -> "id_number: " + p);
        if (problem.isPresent()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", "invalid_request");
            error.put("error_description", problem.get());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(error);
        }
        Map<String, Object> answer = answers.computeIfAbsent(body.get("request_id").asText(), id -> {
            String idNumber = body.get("id_number").asText();
            ObjectNode share = mapper.createObjectNode().put("applicationNo", body.get("application_no").asText());
            share.putObject("person").put("name", body.get("name").asText()).put("idType", "RESIDENT_ID").put("idNumber", idNumber);
            Optional<JsonNode> marriage = seed.marriage(idNumber);
            share.put("maritalStatus", marriage.map(m -> m.path("maritalStatus").asText()).orElse("UNMARRIED"));
            marriage.filter(m -> m.has("spouse")).ifPresent(m -> {
                share.set("spouse", m.get("spouse"));
                share.put("registeredOn", m.path("registeredOn").asText());
            });
            shares.add(share);
            Map<String, Object> accepted = new LinkedHashMap<>();
            accepted.put("request_id", id);
            accepted.put("status", "ACCEPTED");
            return accepted;
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /** The statuses the bureau is to share (each the data of its event), by application. */
    @GetMapping("/_sim/civil/shares")
    synchronized List<JsonNode> shares(@RequestParam(required = false) String applicationNo) {
        return shares.stream().filter(s -> applicationNo == null || s.path("applicationNo").asText().equals(applicationNo)).toList();
    }
}
