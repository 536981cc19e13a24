package org.govhub.connectors.publicsecurity;

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
 * M8: asks public security, with the buyer's consent, to share the buyer's household registration with tax (户籍信息共享申请, {@code POST /api/hjxx/gxsq}, pinyin fields); {@code jg} 1 accepted (the household follows as its event), 0 a refusal.
 * The command id is the request's idempotency key.
 */
public class PublicsecurityHouseholdRegistrationRequestHandler implements CommandHandler {

    static final String AGENCY = "publicsecurity";
    static final String COMMAND = "household-registration-request";

    private final RestClient client;
    private final ObjectMapper mapper;

    public PublicsecurityHouseholdRegistrationRequestHandler(PublicSecurityConnectorProperties properties, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, properties, AgencyAuth.basic(AGENCY, properties.getUsername(), properties.getPassword()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson data = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode request = mapper.createObjectNode()
                .put("sqbh", command.commandId())
                .put("ywbh", data.text("applicationNo"))
                .put("xm", data.text("buyer.name"))
                .put("sfzh", data.text("buyer.idNumber"));
        byte[] bytes = AgencyJson.bytes(mapper, request);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/hjxx/gxsq")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(bytes)
                .retrieve()
                .onStatus(s -> s.value() == 400, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = AgencyJson.object(AGENCY, answer.getBody(), status, mapper);
        String jg = body.path("jg").asText("");
        if (status == 200 && "1".equals(jg)) {
            return AgencyResult.applied(null);
        }
        if (status == 200 && "0".equals(jg)) {
            return AgencyResult.rejected("PERSON_NOT_FOUND", "public security has no household registration of this person");
        }
        if (status == 400 && "9".equals(jg)) {
            return AgencyResult.rejected("INVALID_REQUEST", "public security refused the request as malformed");
        }
        throw new ContractViolationException(AGENCY + " answered HTTP " + status + " in a way its contract does not document");
    }
}
