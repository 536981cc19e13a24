package org.govhub.simulators.subscribers;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The subscribers' interface (contracts/agencies/credit-subscriber.v1.yaml), and their state under /_sim. */
@RestController
class SubscribersController {

    private static final Pattern AGENCY = Pattern.compile("^[a-z]+$");
    private static final Set<String> CLASSES = Set.of("A", "B", "C", "D", "E");

    private final SubscriberSystems systems;

    SubscribersController(SubscriberSystems systems) {
        this.systems = systems;
    }

    // ---- M3 credit-rating-sharing ----
    @PostMapping(path = "/subscribers/{agency}/credit-notices", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@PathVariable String agency, @RequestBody JsonNode body) {
        if (!AGENCY.matcher(agency).matches()) {
            return invalid("agency: must be lower-case letters");
        }
        Optional<String> fault = new JsonChecks(body)
                .only(Set.of("commandId", "uscc", "enterpriseName", "version", "action", "creditClass", "previousClass",
                        "supersedesVersion", "effectiveDate"))
                .required("commandId", "uscc", "enterpriseName", "version", "action", "creditClass", "effectiveDate")
                .text("commandId", 120).uscc("uscc").text("enterpriseName", 100).positiveInteger("version")
                .oneOf("action", Set.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION"))
                .oneOf("creditClass", CLASSES).oneOf("previousClass", CLASSES)
                .positiveInteger("supersedesVersion").date("effectiveDate")
                .first();
        if (fault.isPresent()) {
            return invalid(fault.get());
        }
        SubscriberSystems.Answer a = systems.receive(agency, body);
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON).body(a.body());
    }

    /** Per subscriber, the newest version it holds per enterprise; outside the contract. */
    @GetMapping("/_sim/subscribers/credit-ratings")
    Map<String, Map<String, SubscriberSystems.Held>> held() {
        return systems.held();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body: not valid JSON");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String fault) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "INVALID_REQUEST");
        body.put("message", fault);
        body.put("field", JsonChecks.field(fault));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
