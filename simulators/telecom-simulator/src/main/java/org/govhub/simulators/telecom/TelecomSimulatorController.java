package org.govhub.simulators.telecom;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the simulated telecom operator's state back; outside the operator's contract. */
@RestController
@RequestMapping("/_sim/telecom")
class TelecomSimulatorController {

    private final TelecomInstallOrders orders;

    TelecomSimulatorController(TelecomInstallOrders orders) {
        this.orders = orders;
    }

    /** The installation orders actually taken, oldest first. */
    @GetMapping("/orders")
    List<TelecomInstallOrders.Order> orders() {
        return orders.orders();
    }
}
