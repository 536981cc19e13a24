package org.govhub.simulators.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Market supervision's directory interface for deregistrations, contracts/agencies/market.v1.yaml. */
@RestController
@RequestMapping(path = "/market/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
class MarketSupervisionController {

    private final SupervisionDirectory directory;
    private final ObjectMapper mapper;

    MarketSupervisionController(SupervisionDirectory directory, ObjectMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    // --- M5 enterprise-deregistration ---
    @PostMapping(path = "/deregistrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> deregistered(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body)
                .only(Set.of("bizId", "entCode", "entName", "cancelType", "cancelDate", "licences"))
                .text("bizId", 1, 100, true)
                .uscc("entCode")
                .text("entName", 2, 100, true)
                .oneOf("cancelType", Set.of("SIMPLIFIED", "GENERAL"), true)
                .isoDate("cancelDate", true)
                .problem();
        if (problem.isEmpty() && !body.path("licences").isArray()) {
            problem = Optional.of("licences: is required, a list (may be empty)");
        }
        if (problem.isEmpty()) {
            for (JsonNode l : body.path("licences")) {
                problem = RequestChecks.of(l).only(Set.of("licenceNo", "licenceType", "issuer"))
                        .text("licenceNo", 1, 64, true).text("licenceType", 1, 64, true).text("issuer", 0, 100, false)
                        .problem().map(p -> "licences[]." + p);
                if (problem.isPresent()) {
                    break;
                }
            }
        }
        return problem.map(this::invalid).orElseGet(() -> ResponseEntity.ok(directory.deregistered(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable() {
        return invalid("body: 请求体不是合法的 JSON");
    }

    private ResponseEntity<ObjectNode> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(mapper.createObjectNode()
                .put("success", false).put("errorCode", "INVALID_REQUEST").put("errorMsg", why));
    }
}
