package org.govhub.connectors.housing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M8: asks housing to share the buyer's sale-contract filing for the unit ({@code POST /api/v1/filing-share-requests}); 202 accepted (the filing follows as housing's event), 404 FILING_NOT_FOUND a refusal.
 * The command id is the request's idempotency key.
 */
public class HousingSaleContractFilingRequestHandler implements CommandHandler {

    static final String AGENCY = "housing";
    static final String COMMAND = "sale-contract-filing-request";

    private final RestClient client;
    private final ObjectMapper mapper;

    public HousingSaleContractFilingRequestHandler(HousingConnectorProperties properties, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, properties, AgencyAuth.apiKey(AGENCY, "X-Housing-Key", AgencyAuth.required(AGENCY, "api-key", properties.getApiKey())));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson data = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode request = mapper.createObjectNode()
                .put("requestId", command.commandId())
                .put("applicationNo", data.text("applicationNo"))
                .put("unitNumber", data.text("unitNumber"));
        request.putObject("buyer").put("name", data.text("buyer.name")).put("idType", data.text("buyer.idType"))
                .put("idNumber", data.text("buyer.idNumber"));
        byte[] bytes = AgencyJson.bytes(mapper, request);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/v1/filing-share-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(bytes)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = AgencyJson.object(AGENCY, answer.getBody(), status, mapper);
        if (status == 202 && "ACCEPTED".equals(body.path("status").asText()) && body.path("filingNo").isTextual()) {
            return AgencyResult.applied(body.get("filingNo").asText());
        }
        String code = body.path("code").asText("");
        if (status == 404 && "FILING_NOT_FOUND".equals(code)) {
            return AgencyResult.rejected("NO_FILING", "housing has no filed sale contract of this buyer for this unit");
        }
        if (status == 400 && "INVALID_REQUEST".equals(code)) {
            return AgencyResult.rejected("INVALID_REQUEST", "housing refused the request as malformed");
        }
        throw new ContractViolationException(AGENCY + " answered HTTP " + status + " in a way its contract does not document");
    }
}
