package org.govhub.connectors.drainage;

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
 * Carries out {@code construction-permit} (M6, Parts 4.2 and 4.5) at the drainage service:
 * {@code POST /api/construction-permits} (contracts/agencies/drainage.v1.yaml), with HTTP Basic,
 * so that it can plan the project's sewer connection. It plans by floor area: no dwellings.
 */
public class DrainageConstructionPermitHandler implements CommandHandler {

    private static final String AGENCY = DrainageConnectionApplicationHandler.AGENCY;

    private final RestClient http;
    private final ObjectMapper mapper;

    public DrainageConstructionPermitHandler(AgencyEndpointProperties endpoint, String username, String password,
                                             ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.basic(AGENCY, username, password));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConstructionPermitData p = ConstructionPermitData.of(command);
        ObjectNode o = mapper.createObjectNode();
        o.put("requestNo", command.commandId());
        o.put("permitNo", p.permitNo());
        o.put("projectCode", p.projectCode());
        o.put("projectName", p.projectName());
        o.put("address", p.address());
        o.put("divisionCode", p.divisionCode());
        o.put("buildingUse", p.buildingUse());
        o.put("issuedOn", p.issuedOn());
        o.put("completionOn", p.plannedCompletionOn());
        o.put("builderName", p.builderName());
        o.put("builderUscc", p.builderUscc());
        o.put("floorAreaM2", p.requiredFloorArea());
        byte[] request = json(o);
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/api/construction-permits")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400 || status.value() == 422, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        return switch (answer.getStatusCode().value()) {
            case 201 -> {
                if (!reply.path("success").asBoolean(false)) {
                    throw new ContractViolationException("drainage answered 201 without success true");
                }
                AgencyJson.text(AGENCY, reply, "registeredAt", null, null);
                yield AgencyResult.applied(AgencyJson.text(AGENCY, reply, "registrationNo", "^PSXK-\\d{8}-\\d{4}$",
                        "PSXK-yyyyMMdd-nnnn"));
            }
            case 422 -> {
                String code = AgencyJson.text(AGENCY, reply, "errorCode", null, null);
                if (!"NO_SEWER".equals(code)) {
                    throw new ContractViolationException("drainage refused a construction permit with " + code
                            + ", which its contract does not document there");
                }
                yield AgencyResult.rejected("NO_SEWER", "no public sewer near the site");
            }
            case 400 -> {
                String code = AgencyJson.text(AGENCY, reply, "errorCode", null, null);
                if (!"INVALID".equals(code)) {
                    throw new ContractViolationException("drainage answered HTTP 400 with " + code);
                }
                yield AgencyResult.failed("INVALID_REQUEST", "drainage refused the construction permit as invalid: "
                        + AgencyJson.text(AGENCY, reply, "message", null, null));
            }
            default -> throw new ContractViolationException("drainage answered HTTP " + answer.getStatusCode().value()
                    + ", which its contract does not document");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the drainage request", e);
        }
    }
}
