package org.govhub.connectors.hrss;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * M4: carries out {@code social-insurance-registration} at the social-insurance agency
 * ({@code POST /unit/register}, contracts/agencies/hrss.v1.yaml): HTTP 200 with {@code ret};
 * the unit's social-insurance number is the reference.
 */
public class HrssSocialInsuranceRegistrationHandler implements CommandHandler {

    static final String AGENCY = "hrss";
    static final String COMMAND = "social-insurance-registration";

    private final RestClient http;
    private final ObjectMapper mapper;

    public HrssSocialInsuranceRegistrationHandler(HrssConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.staticBearer(AGENCY, "api-token", properties.getApiToken()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ObjectNode request = mapper.createObjectNode()
                .put("serial_no", command.commandId())
                .put("unit_code", AgencyJson.required(command, "uscc"))
                .put("unit_name", AgencyJson.required(command, "name"))
                .put("address", AgencyJson.required(command, "address"))
                .put("area_code", AgencyJson.required(command, "divisionCode"))
                .put("found_date", AgencyJson.required(command, "establishedDate").replace("-", ""))
                .put("legal_name", AgencyJson.required(command, "legalRepresentative.name"))
                .put("legal_id_type", "01")
                .put("legal_id_no", AgencyJson.required(command, "legalRepresentative.idNumber"));
        JsonNode staff = command.data().path("staffCount");
        if (staff.isInt()) {
            request.put("staff_count", staff.asInt());
        }
        AgencyJson.optional(command, "legalRepresentative.phone").ifPresent(v -> request.put("contact_phone", v));
        JsonNode reply = call("/unit/register", request);
        int ret = reply.path("ret").asInt();
        return switch (ret) {
            case 0 -> AgencyResult.applied(AgencyJson.text(AGENCY, reply, "data.unit_insurance_no", "^\\d{14}$",
                    "a unit social-insurance number is 14 digits"));
            case 1001 -> AgencyResult.rejected("IDENTITY_NOT_VERIFIED",
                    "the legal representative's identity could not be verified");
            case 1002 -> AgencyResult.notApplicable("ALREADY_REGISTERED", "the unit is already registered");
            case 4000 -> AgencyResult.failed("INVALID_REQUEST", "hrss refused the request as invalid: "
                    + reply.path("msg").asText());
            default -> throw new ContractViolationException("hrss answered ret " + ret
                    + ", which its contract does not document for unit registration");
        };
    }

    private JsonNode call(String path, ObjectNode request) throws AgencyUnavailableException {
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(request))
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        if (!reply.path("ret").isInt()) {
            throw new ContractViolationException("hrss answer field ret: must be an integer");
        }
        if ((answer.getStatusCode().value() == 400) != (reply.path("ret").asInt() == 4000)) {
            throw new ContractViolationException("hrss answered HTTP " + answer.getStatusCode().value() + " with ret "
                    + reply.path("ret").asInt() + ", which its contract does not document");
        }
        return reply;
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the hrss request", e);
        }
    }
}
