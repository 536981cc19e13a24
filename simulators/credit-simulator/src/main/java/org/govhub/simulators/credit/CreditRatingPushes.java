package org.govhub.simulators.credit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M3 from the credit platform's side: it publishes an enterprise's rating as it now holds it
 * (after the records it received, or a repair) to the hub as {@code gov.credit.rating-changed.v1}:
 * version, class and previous class from the platform's evaluation, the enterprise's name from
 * its register. One event per rating version.
 */
@RestController
class CreditRatingPushes {

    static final String RATING = "gov.credit.rating-changed.v1";
    static final List<String> ACTIONS = List.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION");
    private static final Logger LOG = LoggerFactory.getLogger(CreditRatingPushes.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CreditPlatform platform;
    private final GaotangEnterprises enterprises;
    private final OriginatedEvents events;
    private final ObjectMapper mapper;

    CreditRatingPushes(CreditPlatform platform, GaotangEnterprises enterprises, OriginatedEvents events,
                       ObjectMapper mapper) {
        this.platform = platform;
        this.enterprises = enterprises;
        this.events = events;
        this.mapper = mapper;
    }

    /**
     * Publishes the enterprise's current rating. Body (optional): {@code action} (CHANGE by
     * default, REPAIR, CORRECTION, RETRACTION), {@code supersedesVersion} (for the last two),
     * {@code basis} (record ids), {@code reason}, {@code effectiveDate} (today by default).
     */
    @PostMapping("/_sim/credit/enterprises/{uscc}/rating-change")
    ResponseEntity<Object> publish(@PathVariable String uscc, @RequestBody(required = false) JsonNode body) {
        JsonNode b = body == null ? mapper.createObjectNode() : body;
        Optional<CreditPlatform.Evaluation> evaluation = platform.evaluation(uscc);
        Optional<GaotangEnterprises.Enterprise> enterprise = enterprises.byUscc(uscc);
        if (evaluation.isEmpty() || enterprise.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "uscc: the platform rates no such enterprise"));
        }
        String action = b.path("action").asText("CHANGE");
        if (!ACTIONS.contains(action)) {
            return ResponseEntity.badRequest().body(Map.of("error", "action: must be one of " + String.join(", ", ACTIONS)));
        }
        CreditPlatform.Evaluation e = evaluation.get();
        ObjectNode data = mapper.createObjectNode()
                .put("uscc", uscc)
                .put("enterpriseName", enterprise.get().name())
                .put("version", e.version())
                .put("action", action)
                .put("creditClass", e.creditClass());
        if (e.previousClass() != null) {
            data.put("previousClass", e.previousClass());
        }
        if (b.path("supersedesVersion").isInt()) {
            data.put("supersedesVersion", b.get("supersedesVersion").asInt());
        }
        data.put("effectiveDate", b.path("effectiveDate").asText(LocalDate.now(CHINA).toString()));
        if (b.path("basis").isArray()) {
            data.set("basis", b.get("basis"));
        }
        if (b.path("reason").isTextual()) {
            data.put("reason", b.get("reason").asText());
        }
        OriginatedEvents.Event event = events.originate("credit", "rating " + uscc + " v" + e.version(), RATING, data);
        LOG.info("credit: rating version {} published -> hub {}", e.version(), event.hubDelivery().status());
        return ResponseEntity.ok(event);
    }
}
