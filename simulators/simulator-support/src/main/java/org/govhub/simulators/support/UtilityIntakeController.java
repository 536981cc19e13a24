package org.govhub.simulators.support;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Outside the agencies' contracts: what each simulated utility took up for M6 ({@link UtilityIntake}). */
@RestController
class UtilityIntakeController {

    private final UtilityIntake intake;

    UtilityIntakeController(UtilityIntake intake) {
        this.intake = intake;
    }

    /** The construction permits' projects {@code agency} registered, oldest first. */
    @GetMapping("/_sim/{agency}/construction-permits")
    List<UtilityIntake.Filed> permits(@PathVariable String agency) {
        return intake.filed(agency, "construction-permit");
    }

    /** The connection applications {@code agency} filed through this register (power, gas, heat). */
    @GetMapping("/_sim/{agency}/connection-intake")
    List<UtilityIntake.Filed> applications(@PathVariable String agency) {
        return intake.filed(agency, "connection-application");
    }
}
