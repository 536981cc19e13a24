package org.govhub.connectors.civil;

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
 * M8: asks civil affairs, with the buyer's consent, to share the buyer's marriage status with tax ({@code POST /api/marriage/share-requests}, snake_case); 202 accepted (the status follows as its event).
 * The command id is the request's idempotency key.
 */
public class CivilMarriageStatusRequestHandler implements CommandHandler {

    static final String AGENCY = "civil";
    static final String COMMAND = "marriage-status-request";

    private final RestClient client;
    private final ObjectMapper mapper;

    public CivilMarriageStatusRequestHandler(CivilConnectorProperties properties, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, properties, AgencyAuth.staticBearer(AGENCY, "api-token", properties.getApiToken()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson data = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode request = mapper.createObjectNode()
                .put("request_id", command.commandId())
                .put("application_no", data.text("applicationNo"))
                .put("name", data.text("buyer.name"))
                .put("id_number", data.text("buyer.idNumber"));
        byte[] bytes = AgencyJson.bytes(mapper, request);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/marriage/share-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(bytes)
                .retrieve()
                .onStatus(s -> s.value() == 400, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = AgencyJson.object(AGENCY, answer.getBody(), status, mapper);
        if (status == 202 && "ACCEPTED".equals(body.path("status").asText())) {
            return AgencyResult.applied(null);
        }
        if (status == 400 && "invalid_request".equals(body.path("error").asText())) {
            return AgencyResult.rejected("INVALID_REQUEST", "civil affairs refused the request as malformed");
        }
        throw new ContractViolationException(AGENCY + " answered HTTP " + status + " in a way its contract does not document");
    }
}
