package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M7's compensation at real-estate registration: the court withdrew its order, so the transfer
 * registered under it is cancelled ({@code POST /api/v1/judicial-transfers/cancellations}).
 * 404 REGISTRATION_NOT_FOUND means nothing was registered: nothing to undo.
 */
public class RealestateJudicialTransferCancellationHandler implements CommandHandler {

    static final String COMMAND = "judicial-transfer-cancellation";

    private final RestClient client;
    private final ObjectMapper mapper;

    public RealestateJudicialTransferCancellationHandler(AgencyEndpointProperties endpoint, String apiToken,
                                                         ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(RealestateTransferOutcomeHandler.AGENCY, endpoint,
                AgencyAuth.staticBearer(RealestateTransferOutcomeHandler.AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = request(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(RealestateTransferOutcomeHandler.AGENCY, () -> client.post()
                .uri("/api/v1/judicial-transfers/cancellations")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = AgencyJson.object(RealestateTransferOutcomeHandler.AGENCY, answer.getBody(), status, mapper);
        if (status == 200) {
            if (!"CANCELLED".equals(body.path("status").asText()) || !body.path("registrationNo").isTextual()) {
                throw new ContractViolationException("realestate answered 200 without a cancellation");
            }
            return AgencyResult.applied(body.get("registrationNo").asText());
        }
        String code = body.path("code").asText("");
        if (status == 404 && "REGISTRATION_NOT_FOUND".equals(code)) {
            return AgencyResult.notApplicable("NOTHING_REGISTERED",
                    "realestate registered nothing under this case for this unit: nothing to undo");
        }
        return RealestateJudicialAnswers.refusal(status, code);
    }

    private byte[] request(AgencyCommand command) {
        AgencyJson fields = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode request = mapper.createObjectNode()
                .put("commandId", command.commandId())
                .put("caseNumber", fields.text("caseNumber"))
                .put("unitNumber", fields.text("unitNumber"))
                .put("withdrawnOn", fields.text("withdrawnOn"))
                .put("reason", fields.text("reason"));
        return AgencyJson.bytes(mapper, request);
    }
}
