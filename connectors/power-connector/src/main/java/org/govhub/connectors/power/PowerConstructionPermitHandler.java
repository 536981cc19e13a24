package org.govhub.connectors.power;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ConstructionPermitData;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code construction-permit} (M6, Parts 4.2 and 4.5) at the power company: the
 * project of a construction permit is registered for 业扩前期 service,
 * {@code POST /api/v1/construction-permits} (contracts/agencies/power.v1.yaml), so the company
 * can plan the supply and offer it before anyone applies.
 */
public class PowerConstructionPermitHandler implements CommandHandler {

    private static final String AGENCY = PowerAccountTransferHandler.AGENCY;

    private final RestClient http;
    private final ObjectMapper mapper;

    /** @param auth how the hub authenticates at the company: its client-credentials bearer token */
    public PowerConstructionPermitHandler(AgencyEndpointProperties endpoint, ClientHttpRequestInterceptor auth,
                                          ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, auth);
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConstructionPermitData permit = ConstructionPermitData.of(command);
        byte[] request = json(request(command.commandId(), permit));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/api/v1/construction-permits")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        return switch (answer.getStatusCode().value()) {
            case 200 -> {
                AgencyJson.text(AGENCY, reply, "status", "^REGISTERED$", "REGISTERED");
                yield AgencyResult.applied(AgencyJson.text(AGENCY, reply, "preServiceNo", "^QZ\\d{14}$",
                        "QZ and 14 digits"));
            }
            case 422 -> {
                PowerErrors.expect(reply, "OUT_OF_SUPPLY_AREA", "construction permit");
                yield AgencyResult.rejected("OUT_OF_AREA", "the site is outside the power supply network");
            }
            case 400 -> {
                PowerErrors.expect(reply, "INVALID_PARAMETER", "construction permit");
                yield AgencyResult.failed("INVALID_REQUEST", "power refused the construction permit as invalid: "
                        + AgencyJson.text(AGENCY, reply, "message", null, null));
            }
            default -> throw new ContractViolationException("power answered the construction permit with HTTP "
                    + answer.getStatusCode().value() + ", which its contract does not document");
        };
    }

    private ObjectNode request(String commandId, ConstructionPermitData p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("requestId", commandId);
        o.put("permitNo", p.permitNo());
        o.put("projectCode", p.projectCode());
        o.put("projectName", p.projectName());
        o.put("siteAddr", p.address());
        o.put("areaCode", p.divisionCode());
        o.put("buildingUse", p.buildingUse());
        o.put("issueDate", p.issuedOn());
        o.put("plannedCompletionDate", p.plannedCompletionOn());
        o.put("builderName", p.builderName());
        o.put("builderCreditCode", p.builderUscc());
        o.put("floorAreaM2", p.requiredFloorArea());
        p.dwellingUnits().ifPresent(units -> o.put("households", units));
        return o;
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the power request", e);
        }
    }
}
