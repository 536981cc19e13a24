package org.govhub.connectors.water;

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
 * Carries out {@code construction-permit} (M6, Parts 4.2 and 4.5) at the water utility: the
 * project of a construction permit is registered, {@code POST /bz/xkz}
 * (contracts/agencies/water.v1.yaml), in the utility's pinyin JSON, so that it can offer the
 * connection before anyone applies. HTTP 200 answers carry the outcome in {@code code}.
 */
public class WaterConstructionPermitHandler implements CommandHandler {

    private static final String AGENCY = WaterAccountTransferHandler.AGENCY;

    private final RestClient http;
    private final ObjectMapper mapper;

    public WaterConstructionPermitHandler(AgencyEndpointProperties endpoint, String apiKey, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint,
                AgencyAuth.apiKey(AGENCY, WaterAccountTransferHandler.API_KEY_HEADER, apiKey));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConstructionPermitData p = ConstructionPermitData.of(command);
        ObjectNode o = mapper.createObjectNode();
        o.put("sqbh", command.commandId());
        o.put("xkzh", p.permitNo());
        o.put("xmdm", p.projectCode());
        o.put("xmmc", p.projectName());
        o.put("dz", p.address());
        o.put("qxdm", p.divisionCode());
        o.put("jzyt", p.buildingUse());
        o.put("fzrq", p.issuedOn());
        o.put("jgrq", p.plannedCompletionOn());
        o.put("jsdw", p.builderName());
        o.put("jsdwdm", p.builderUscc());
        o.put("jzmj", p.floorAreaText());
        p.dwellingUnits().ifPresent(units -> o.put("hs", Integer.toString(units)));
        byte[] request = json(o);
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/bz/xkz")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        String code = AgencyJson.text(AGENCY, reply, "code", null, null);
        int status = answer.getStatusCode().value();
        if (status == 400 && "4001".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "water refused the construction permit as invalid: "
                    + AgencyJson.text(AGENCY, reply, "msg", null, null));
        }
        if (status != 200) {
            throw new ContractViolationException("water answered HTTP " + status + " with code " + code
                    + ", which its contract does not document");
        }
        return switch (code) {
            case "0000" -> AgencyResult.applied(AgencyJson.text(AGENCY, reply, "data.qzbh", "^SWQZ\\d{14}$",
                    "SWQZ and 14 digits"));
            case "3001" -> AgencyResult.rejected("OUT_OF_AREA", "the site is outside the water network");
            default -> throw new ContractViolationException("water answered code " + code
                    + ", which its contract does not document");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the water request", e);
        }
    }
}
