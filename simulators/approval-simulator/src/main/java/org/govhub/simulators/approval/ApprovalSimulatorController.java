package org.govhub.simulators.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-back and controls of the simulated registration system, outside its contract. */
@RestController
@RequestMapping("/_sim/approval")
class ApprovalSimulatorController {

    private final EnterpriseRegister register;
    private final ObjectMapper mapper;

    ApprovalSimulatorController(EnterpriseRegister register, ObjectMapper mapper) {
        this.register = register;
        this.mapper = mapper;
    }

    /** Every registration and deregistration since the last reset, with the event pushed for it. */
    @GetMapping("/cases")
    List<Map<String, Object>> cases() {
        return register.cases().stream().map(this::view).toList();
    }

    /** Sends the case's event to the hub again: the same CloudEvent, with the same id. */
    @PostMapping("/cases/{number}/push")
    Map<String, Object> push(@PathVariable String number) {
        return view(register.push(number));
    }

    private Map<String, Object> view(EnterpriseRegister.Case c) {
        try {
            JsonNode event = mapper.readTree(c.cloudEvent());
            return Map.of("case", ApprovalApiController.CaseView.of(c), "event", event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
