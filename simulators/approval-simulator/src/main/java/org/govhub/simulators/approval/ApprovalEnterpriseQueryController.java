package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.JsonChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * M9: the register's enterprise look-up ({@code GET /approval/api/v1/enterprises/{uscc}},
 * contracts/agencies/approval.v1.yaml): the enterprises registered before (the seed) and every
 * registration and deregistration the register made since, newest last. Only the register's
 * basic facts; never the legal representative.
 */
@RestController
class ApprovalEnterpriseQueryController {

    private final EnterpriseSeed seed;
    private final EnterpriseRegister register;
    private final ObjectMapper mapper;

    ApprovalEnterpriseQueryController(EnterpriseSeed seed, EnterpriseRegister register, ObjectMapper mapper) {
        this.seed = seed;
        this.register = register;
        this.mapper = mapper;
    }

    @GetMapping(path = "/approval/api/v1/enterprises/{uscc}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> enterprise(@PathVariable String uscc) {
        Optional<String> fault = new JsonChecks(mapper.createObjectNode().put("uscc", uscc)).uscc("uscc").first();
        if (fault.isPresent()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", "INVALID_REQUEST");
            body.put("message", fault.get());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        Map<String, Object> found = null;
        for (JsonNode e : seed.registered()) {
            if (uscc.equals(e.path("uscc").asText())) {
                found = facts(e, e.path("establishedDate").asText());
            }
        }
        for (EnterpriseRegister.Case c : register.cases()) {
            if (!uscc.equals(c.uscc())) {
                continue;
            }
            if ("REGISTRATION".equals(c.kind())) {
                found = facts(data(c), c.date().toString());
            } else if ("DEREGISTRATION".equals(c.kind()) && found != null) {
                found.put("status", "DEREGISTERED");
            }
        }
        if (found == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of(
                    "code", "NOT_FOUND", "message", "no enterprise with this unified social credit code is registered"));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found);
    }

    private JsonNode data(EnterpriseRegister.Case c) {
        try {
            return mapper.readTree(c.cloudEvent()).path("data");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the register's event is not JSON", e);
        }
    }

    private static Map<String, Object> facts(JsonNode e, String established) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uscc", e.path("uscc").asText());
        out.put("name", e.path("name").asText());
        out.put("enterpriseType", e.path("enterpriseType").asText());
        out.put("address", e.path("address").asText());
        out.put("establishedDate", established);
        out.put("status", "REGISTERED");
        return out;
    }
}
