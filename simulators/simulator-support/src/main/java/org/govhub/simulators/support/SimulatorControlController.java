package org.govhub.simulators.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Simulator controls, outside every agency's contract: faults, and the journal of what each
 * agency received. Each agency's own state is read back under {@code /_sim/<agency>/...} by
 * that agency's simulator.
 */
@RestController
@RequestMapping("/_sim")
public class SimulatorControlController {

    private final AgencyFaults faults;
    private final RequestJournal journal;
    private final List<ResettableState> states;

    public SimulatorControlController(AgencyFaults faults, RequestJournal journal, List<ResettableState> states) {
        this.faults = faults;
        this.journal = journal;
        this.states = states;
    }

    /**
     * Takes the agency down (HTTP 503) for {@code outageSeconds}, breaks off its answers and
     * closes the connection for {@code dropSeconds}, and/or adds latency to every call.
     */
    @PostMapping("/{agency}/faults")
    public Map<String, Object> fault(@PathVariable String agency,
                                     @RequestParam(defaultValue = "0") double outageSeconds,
                                     @RequestParam(defaultValue = "0") long latencyMs,
                                     @RequestParam(defaultValue = "0") double dropSeconds) {
        requireAgency(agency);
        if (outageSeconds > 0) {
            faults.outage(agency, Duration.ofMillis((long) (outageSeconds * 1000)));
        }
        if (dropSeconds > 0) {
            faults.dropConnections(agency, Duration.ofMillis((long) (dropSeconds * 1000)));
        }
        faults.latency(agency, Duration.ofMillis(latencyMs));
        return Map.of("agency", agency, "down", faults.isDown(agency), "dropping", faults.isDropping(agency),
                "latencyMs", latencyMs);
    }

    @DeleteMapping("/{agency}/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void clearFaults(@PathVariable String agency) {
        requireAgency(agency);
        faults.clear(agency);
    }

    /** What the agency received, oldest first: method, path, content type and raw body. */
    @GetMapping("/{agency}/requests")
    public List<RequestJournal.Entry> requests(@PathVariable String agency) {
        requireAgency(agency);
        return journal.entries(agency);
    }

    /** Back to the seeded state: faults off, journal empty, every agency's data as seeded. */
    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reset() {
        faults.clearAll();
        journal.clear();
        states.forEach(ResettableState::reset);
    }

    private static void requireAgency(String agency) {
        if (!SimulatorFilter.AGENCIES.contains(agency)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no simulated agency '" + agency + "'");
        }
    }
}
