package org.govhub.connectors.telecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ConstructionPermitData;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code construction-permit} (M6, Parts 4.2 and 4.5) at the telecom operator: the
 * project is registered on its open platform, {@code POST /open/v1/construction-projects}
 * (contracts/agencies/telecom.v1.yaml), so it can plan ducts and fibre before anyone orders. The
 * operator plans by dwellings: it gets no floor area.
 */
public class TelecomConstructionPermitHandler implements CommandHandler {

    private static final String AGENCY = TelecomConnectionApplicationHandler.AGENCY;

    private final RestClient http;
    private final ObjectMapper mapper;

    public TelecomConstructionPermitHandler(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.staticBearer(AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConstructionPermitData p = ConstructionPermitData.of(command);
        ObjectNode o = mapper.createObjectNode();
        o.put("transactionId", command.commandId());
        o.put("permitNo", p.permitNo());
        o.put("projectCode", p.projectCode());
        o.put("projectName", p.projectName());
        o.put("siteAddress", p.address());
        o.put("areaCode", p.divisionCode());
        o.put("buildingUse", p.buildingUse());
        o.put("issueDate", p.issuedOn());
        o.put("completionDate", p.plannedCompletionOn());
        o.putObject("developer").put("name", p.builderName()).put("creditCode", p.builderUscc());
        p.dwellingUnits().ifPresent(units -> o.put("households", units));
        byte[] request = json(o);
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/open/v1/construction-projects")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        String code = AgencyJson.text(AGENCY, reply, "resultCode", null, null);
        int status = answer.getStatusCode().value();
        if (status == 400 && "1001".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "telecom refused the construction project as invalid: "
                    + AgencyJson.text(AGENCY, reply, "resultMsg", null, null));
        }
        if (status != 200) {
            throw new ContractViolationException("telecom answered HTTP " + status + " with resultCode " + code
                    + ", which its contract does not document");
        }
        return switch (code) {
            case "0" -> AgencyResult.applied(AgencyJson.text(AGENCY, reply, "projectId", "^DXXM\\d{16}$",
                    "DXXM and 16 digits"));
            case "1102" -> AgencyResult.rejected("NO_FIBRE", "the telecom operator has no fibre near the site");
            default -> throw new ContractViolationException("telecom answered resultCode " + code
                    + ", which its contract does not document for construction projects");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the telecom request", e);
        }
    }
}
