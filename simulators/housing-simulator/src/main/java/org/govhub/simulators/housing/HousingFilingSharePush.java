package org.govhub.simulators.housing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * M8 from the housing bureau's side: once it prepared the buyer's filed sale contract for an application (the hub's
 * request, {@code /_sim/housing/shares}), its system shares it with the hub as its own event
 * {@code gov.housing.sale-contract-filing-shared.v1}, built from the prepared share. Sharing again re-sends the same event.
 */
@RestController
class HousingFilingSharePush {

    static final String TYPE = "gov.housing.sale-contract-filing-shared.v1";
    private static final Logger LOG = LoggerFactory.getLogger(HousingFilingSharePush.class);

    private final HousingFilingShares shares;
    private final OriginatedEvents events;

    HousingFilingSharePush(HousingFilingShares shares, OriginatedEvents events) {
        this.shares = shares;
        this.events = events;
    }

    @PostMapping("/_sim/housing/shares/{applicationNo}/push")
    ResponseEntity<Object> push(@PathVariable String applicationNo) {
        List<JsonNode> prepared = shares.shares(applicationNo);
        if (prepared.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "applicationNo: nothing prepared to share for this application"));
        }
        OriginatedEvents.Event event = events.originate("housing", "share " + applicationNo, TYPE, prepared.get(0));
        LOG.info("housing: share for application {} -> hub {}", applicationNo, event.hubDelivery().status());
        return ResponseEntity.ok(event);
    }
}
