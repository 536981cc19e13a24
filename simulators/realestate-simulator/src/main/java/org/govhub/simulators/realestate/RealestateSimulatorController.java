package org.govhub.simulators.realestate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.govhub.simulators.realestate.RealestateApiController.TransferView;
import org.govhub.simulators.realestate.RealestateRegistry.Transfer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-back and controls of the simulated registry, outside its contract. */
@RestController
@RequestMapping("/_sim/realestate")
public class RealestateSimulatorController {

    /** A transfer with how many outcome reports it got and the event pushed for it. */
    public record SimTransfer(@JsonUnwrapped TransferView transfer, int outcomeReports, JsonNode event) {
    }

    private final RealestateRegistry registry;
    private final ObjectMapper mapper;

    public RealestateSimulatorController(RealestateRegistry registry, ObjectMapper mapper) {
        this.registry = registry;
        this.mapper = mapper;
    }

    /** Every transfer registered since the last reset, oldest first, with the utilities' outcome. */
    @GetMapping("/transfers")
    public List<SimTransfer> transfers() {
        return registry.transfers().stream().map(this::sim).toList();
    }

    /** Sends the transfer's event to the hub again: the same CloudEvent, with the same id. */
    @PostMapping("/transfers/{applicationNo}/push")
    public SimTransfer push(@PathVariable String applicationNo) {
        if (registry.transfer(applicationNo).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no transfer with this application number");
        }
        return sim(registry.push(applicationNo));
    }

    private SimTransfer sim(Transfer transfer) {
        try {
            return new SimTransfer(TransferView.of(transfer), transfer.outcomeReports(), mapper.readTree(transfer.cloudEvent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
