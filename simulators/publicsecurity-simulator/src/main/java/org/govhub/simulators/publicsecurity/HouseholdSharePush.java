package org.govhub.simulators.publicsecurity;

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
 * M8 from the public security bureau's side: once it prepared the buyer's household registration for an application (the hub's
 * request, {@code /_sim/publicsecurity/shares}), its system shares it with the hub as its own event
 * {@code gov.publicsecurity.household-registration-shared.v1}, built from the prepared share. Sharing again re-sends the same event.
 */
@RestController
class HouseholdSharePush {

    static final String TYPE = "gov.publicsecurity.household-registration-shared.v1";
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdSharePush.class);

    private final HouseholdShares shares;
    private final OriginatedEvents events;

    HouseholdSharePush(HouseholdShares shares, OriginatedEvents events) {
        this.shares = shares;
        this.events = events;
    }

    @PostMapping("/_sim/publicsecurity/shares/{applicationNo}/push")
    ResponseEntity<Object> push(@PathVariable String applicationNo) {
        List<JsonNode> prepared = shares.shares(applicationNo);
        if (prepared.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "applicationNo: nothing prepared to share for this application"));
        }
        OriginatedEvents.Event event = events.originate("publicsecurity", "share " + applicationNo, TYPE, prepared.get(0));
        LOG.info("publicsecurity: share for application {} -> hub {}", applicationNo, event.hubDelivery().status());
        return ResponseEntity.ok(event);
    }
}
