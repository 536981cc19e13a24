package org.govhub.connectors.housing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
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
        JsonNode data = command.data();
        JsonNode buyer = data.path("buyer");
        ObjectNode request = mapper.createObjectNode()
                .put("requestId", command.commandId())
                .put("applicationNo", text(data, "applicationNo"))
                .put("unitNumber", text(data, "unitNumber"));
        request.putObject("buyer").put("name", text(buyer, "name")).put("idType", text(buyer, "idType"))
                .put("idNumber", text(buyer, "idNumber"));
        byte[] bytes = bytes(request);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/v1/filing-share-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(bytes)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = parse(answer.getBody(), status);
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

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new InvalidCommandException(COMMAND + " data has no " + field);
        }
        return value.textValue();
    }

    private byte[] bytes(ObjectNode request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
    }

    private JsonNode parse(byte[] body, int status) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException(AGENCY + " answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException(AGENCY + " answered HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException(AGENCY + " answered HTTP " + status + " with a body that is not JSON", e);
        }
    }
}
