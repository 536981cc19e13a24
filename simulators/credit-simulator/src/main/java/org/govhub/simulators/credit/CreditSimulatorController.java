package org.govhub.simulators.credit;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's state, and what its staff do by hand: a credit repair (信用修复) of an
 * enterprise, after which the platform tells the hub of the new rating. Outside its contract.
 */
@RestController
@RequestMapping("/_sim/credit")
class CreditSimulatorController {

    private final CreditPlatform platform;

    CreditSimulatorController(CreditPlatform platform) {
        this.platform = platform;
    }

    @GetMapping("/enterprises/{uscc}")
    ResponseEntity<Map<String, Object>> enterprise(@PathVariable String uscc) {
        return platform.evaluation(uscc).<ResponseEntity<Map<String, Object>>>map(e -> ResponseEntity.ok(Map.of(
                "evaluation", e, "records", (List<?>) platform.records(uscc)))).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/enterprises/{uscc}/repair")
    ResponseEntity<CreditPlatform.Evaluation> repair(@PathVariable String uscc) {
        return ResponseEntity.of(platform.repair(uscc));
    }
}
