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
import org.govhub.connectors.support.CommandData;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.ConnectionApplication;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code connection-application} (M6, Parts 4.1 and 4.4) at the power company: one
 * 业扩报装申请, {@code POST /api/v1/connection-applications} (contracts/agencies/power.v1.yaml),
 * numbered by the command id, with the hub's OAuth2 bearer token. Errors are HTTP statuses with
 * {@code {errorCode, message}}.
 */
public class PowerConnectionApplicationHandler implements CommandHandler {

    private static final String AGENCY = PowerAccountTransferHandler.AGENCY;

    private final RestClient http;
    private final ObjectMapper mapper;

    /** @param auth how the hub authenticates at the company: its client-credentials bearer token */
    public PowerConnectionApplicationHandler(AgencyEndpointProperties endpoint, ClientHttpRequestInterceptor auth,
                                             ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, auth);
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConnectionApplication application = CommandData.connectionApplication(command, AGENCY, mapper);
        byte[] request = json(request(command.commandId(), application));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/api/v1/connection-applications")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        return switch (answer.getStatusCode().value()) {
            case 200 -> {
                AgencyJson.text(AGENCY, reply, "status", "^ACCEPTED$", "ACCEPTED");
                AgencyJson.text(AGENCY, reply, "promisedDate", "^\\d{4}-\\d{2}-\\d{2}$", "a date");
                yield AgencyResult.applied(AgencyJson.text(AGENCY, reply, "appNo", "^YK\\d{14}$", "YK and 14 digits"));
            }
            case 422 -> {
                PowerErrors.expect(reply, "OUT_OF_SUPPLY_AREA", "connection application");
                yield AgencyResult.rejected("OUT_OF_AREA", "the address is outside the power supply network");
            }
            case 400 -> {
                PowerErrors.expect(reply, "INVALID_PARAMETER", "connection application");
                yield AgencyResult.failed("INVALID_REQUEST", "power refused the connection application as invalid: "
                        + AgencyJson.text(AGENCY, reply, "message", null, null));
            }
            default -> throw new ContractViolationException("power answered the connection application with HTTP "
                    + answer.getStatusCode().value() + ", which its contract does not document");
        };
    }

    /** 业扩报装申请, field by field from what M6 lets the company have. */
    private ObjectNode request(String commandId, ConnectionApplication a) {
        JsonNode power = a.power();
        if (!power.path("capacityKva").isNumber() || !power.path("voltage").isTextual()) {
            throw new InvalidCommandException("connection-application data lacks [power.capacityKva, power.voltage]");
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("requestId", commandId);
        o.put("windowAppNo", a.applicationNo());
        if (a.projectCode() != null) {
            o.put("projectCode", a.projectCode());
        }
        o.put("projectName", a.projectName());
        o.put("elecAddr", a.address());
        o.put("areaCode", a.divisionCode());
        o.put("acceptDate", a.appliedOn());
        o.put("custName", a.applicant().name());
        o.put("certType", switch (a.applicant().idType()) {
            case "RESIDENT_ID" -> "ID_CARD";
            case "USCC" -> "UNIFIED_SOCIAL_CREDIT_CODE";
            default -> throw new InvalidCommandException("connection-application applicant.idType is not known");
        });
        o.put("certNo", a.applicant().idNumber());
        o.put("mobile", a.applicant().phone());
        o.set("capacityKva", power.get("capacityKva"));
        o.put("voltageLevel", power.get("voltage").asText());
        o.put("externalLine", Boolean.TRUE.equals(a.externalWorks()));
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
