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
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M5: carries out {@code social-insurance-cancellation} at the social-insurance agency
 * ({@code POST /unit/cancel}): owed contributions are a refusal, no registration is nothing to do.
 */
public class HrssSocialInsuranceCancellationHandler implements CommandHandler {

    static final String AGENCY = "hrss";
    static final String COMMAND = "social-insurance-cancellation";

    private final RestClient http;
    private final ObjectMapper mapper;

    public HrssSocialInsuranceCancellationHandler(HrssConnectorProperties properties, ObjectMapper mapper) {
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
                .put("cancel_date", AgencyJson.required(command, "deregisteredDate").replace("-", ""))
                .put("cancel_reason", reasonCode(AgencyJson.required(command, "reason")));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri("/unit/cancel")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(request))
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        if (!reply.path("ret").isInt()) {
            throw new ContractViolationException("hrss answer field ret: must be an integer");
        }
        int ret = reply.path("ret").asInt();
        if ((answer.getStatusCode().value() == 400) != (ret == 4000)) {
            throw new ContractViolationException("hrss answered HTTP " + answer.getStatusCode().value() + " with ret "
                    + ret + ", which its contract does not document");
        }
        return switch (ret) {
            case 0 -> AgencyResult.applied(AgencyJson.text(AGENCY, reply, "data.cancel_no", "^ZX\\d{14}$",
                    "a cancellation number is ZX and 14 digits"));
            case 2001 -> AgencyResult.rejected("CONTRIBUTIONS_OWED", "the unit owes social-insurance contributions");
            case 2002 -> AgencyResult.notApplicable("NOT_REGISTERED", "the agency holds no registration of the unit");
            case 4000 -> AgencyResult.failed("INVALID_REQUEST", "hrss refused the request as invalid: "
                    + reply.path("msg").asText());
            default -> throw new ContractViolationException("hrss answered ret " + ret
                    + ", which its contract does not document for unit cancellation");
        };
    }

    /** 注销原因 as the agency codes it. */
    static String reasonCode(String reason) {
        return switch (reason) {
            case "VOLUNTARY_DISSOLUTION" -> "01";
            case "MERGER_OR_DIVISION" -> "02";
            case "BANKRUPTCY" -> "03";
            case "LICENCE_REVOKED" -> "04";
            case "OTHER" -> "09";
            default -> throw new InvalidCommandException("social-insurance-cancellation reason is not one the schema allows");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the hrss request", e);
        }
    }
}
