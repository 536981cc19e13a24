package org.govhub.simulators.support.hub;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the simulated agencies pushed to the hub and what it answered ({@code /pushes}, every
 * attempt's result), the events they originated ({@code /events}), and re-sending one of them
 * after the hub was down ({@code POST /events/{eventId}/push}).
 */
@RestController
@RequestMapping("/_sim/hub")
public class HubPushController {

    private final HubPushJournal journal;
    private final OriginatedEvents events;

    public HubPushController(HubPushJournal journal, OriginatedEvents events) {
        this.journal = journal;
        this.events = events;
    }

    @GetMapping("/pushes")
    public List<HubPush> pushes(@RequestParam(required = false) String agency,
                                @RequestParam(required = false) String type) {
        return journal.entries(agency, type);
    }

    @GetMapping("/events")
    public List<OriginatedEvents.Event> events(@RequestParam(required = false) String agency) {
        return events.events(agency);
    }

    @PostMapping("/events/{eventId}/push")
    public ResponseEntity<OriginatedEvents.Event> push(@PathVariable String eventId) {
        return ResponseEntity.of(events.push(eventId));
    }
}
