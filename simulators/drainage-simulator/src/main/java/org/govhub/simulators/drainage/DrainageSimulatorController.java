package org.govhub.simulators.drainage;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated drainage service's state back; outside its contract. */
@RestController
@RequestMapping("/_sim/drainage")
class DrainageSimulatorController {

    private final DrainageConnections connections;

    DrainageSimulatorController(DrainageConnections connections) {
        this.connections = connections;
    }

    /** The applications actually filed, oldest first. */
    @GetMapping("/connections")
    List<DrainageConnections.Filed> connections() {
        return connections.filed();
    }
}
