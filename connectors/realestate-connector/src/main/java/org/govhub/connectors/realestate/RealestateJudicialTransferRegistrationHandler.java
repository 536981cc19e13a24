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
 * M7: the taxes are paid, so real-estate registration registers the court-ordered transfer
 * ({@code POST /api/v1/judicial-transfers}). 404 UNIT_NOT_FOUND, 409
 * UNIT_TRANSFERRED_UNDER_OTHER_CASE and 400 INVALID_REQUEST are refusals.
 */
public class RealestateJudicialTransferRegistrationHandler implements CommandHandler {

    static final String COMMAND = "judicial-transfer-registration";

    private final RestClient client;
    private final ObjectMapper mapper;

    public RealestateJudicialTransferRegistrationHandler(AgencyEndpointProperties endpoint, String apiToken,
                                                         ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(RealestateTransferOutcomeHandler.AGENCY, endpoint,
                AgencyAuth.staticBearer(RealestateTransferOutcomeHandler.AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = request(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(RealestateTransferOutcomeHandler.AGENCY, () -> client.post()
                .uri("/api/v1/judicial-transfers")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404 || s.value() == 409, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = AgencyJson.object(RealestateTransferOutcomeHandler.AGENCY, answer.getBody(), status, mapper);
        if (status == 201 || status == 200) {
            if (!"REGISTERED".equals(body.path("status").asText()) || !body.path("registrationNo").isTextual()) {
                throw new ContractViolationException("realestate answered " + status + " without a registration");
            }
            return AgencyResult.applied(body.get("registrationNo").asText());
        }
        return RealestateJudicialAnswers.refusal(status, body.path("code").asText(""));
    }

    private byte[] request(AgencyCommand command) {
        JsonNode data = command.data();
        AgencyJson fields = AgencyJson.ofCommand(COMMAND, data);
        JsonNode taxpayer = data.path("taxpayer");
        ObjectNode request = mapper.createObjectNode()
                .put("commandId", command.commandId())
                .put("caseNumber", fields.text("caseNumber"))
                .put("unitNumber", fields.text("unitNumber"))
                .put("taxPaymentCertificateNo", fields.text("taxPaymentCertificateNo"))
                .put("paidOn", fields.text("paidOn"));
        request.putObject("transferee")
                .put("name", fields.text("taxpayer.name"))
                .put("idType", fields.text("taxpayer.idType"))
                .put("idNumber", fields.text("taxpayer.idNumber"));
        return AgencyJson.bytes(mapper, request);
    }
}
