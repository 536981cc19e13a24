package org.govhub.connectors.drainage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyAuth;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code connection-application} (M6) at the drainage service: one 排水接入申请,
 * {@code POST /api/connections} (contracts/agencies/drainage.v1.yaml), numbered by the command
 * id; the HTTP status says what happened (201 filed, 422 refused, 400 invalid).
 */
public class DrainageConnectionApplicationHandler implements CommandHandler {

    static final String AGENCY = "drainage";

    private final RestClient http;
    private final ObjectMapper mapper;

    public DrainageConnectionApplicationHandler(AgencyEndpointProperties endpoint, String username, String password,
                                                ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.basic(AGENCY, username, password));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConnectionApplication application = CommandData.connectionApplication(command, AGENCY, mapper);
        byte[] request = AgencyJson.bytes(mapper, request(command.commandId(), application));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/api/connections")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                // 400 and 422 are documented answers, read below; 5xx stay errors.
                .retrieve()
                .onStatus(status -> status.value() == 400 || status.value() == 422, (req, res) -> { })
                .toEntity(String.class));
        return outcome(answer);
    }

    /** The service's application, field by field from what M6 lets it have. */
    private ObjectNode request(String commandId, ConnectionApplication a) {
        JsonNode drainage = a.drainage();
        if (!drainage.path("discharge").isTextual() || !drainage.path("dailyM3").isNumber()) {
            throw new InvalidCommandException("connection-application data lacks [drainage.discharge, drainage.dailyM3]");
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("requestNo", commandId);
        o.put("windowNo", a.applicationNo());
        if (a.projectCode() != null) {
            o.put("projectCode", a.projectCode());
        }
        o.put("projectName", a.projectName());
        o.put("address", a.address());
        o.put("divisionCode", a.divisionCode());
        o.put("acceptDate", a.appliedOn());
        o.put("applicantName", a.applicant().name());
        o.put("applicantIdType", a.applicant().idType());
        o.put("applicantIdNo", a.applicant().idNumber());
        o.put("applicantPhone", a.applicant().phone());
        o.put("dischargeType", drainage.get("discharge").asText());
        o.set("dailyVolumeM3", drainage.get("dailyM3"));
        o.put("externalWorks", a.externalWorks());
        return o;
    }

    private AgencyResult outcome(ResponseEntity<String> answer) {
        AgencyJson reply = AgencyJson.ofAnswer(AGENCY, AgencyJson.object(AGENCY, answer, mapper));
        int status = answer.getStatusCode().value();
        JsonNode success = reply.node("success");
        if (success == null || !success.isBoolean()) {
            throw new ContractViolationException("drainage answer lacks the field success");
        }
        if (status == 201 && success.asBoolean()) {
            reply.text("acceptedAt");
            return AgencyResult.applied(reply.text("acceptNo"));
        }
        String code = reply.text("errorCode");
        if (status == 422 && !success.asBoolean()) {
            return switch (code) {
                case "NO_SEWER" -> AgencyResult.rejected("NO_SEWER", "no public sewer near that address");
                case "PRETREATMENT_REQUIRED" -> AgencyResult.rejected("PRETREATMENT_REQUIRED",
                        "industrial discharge needs a pretreatment permit first");
                default -> throw new ContractViolationException("drainage refused with errorCode " + code
                        + ", which its contract does not document");
            };
        }
        if (status == 400 && "INVALID".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "drainage refused the request as invalid: "
                    + reply.text("message"));
        }
        throw new ContractViolationException("drainage answered HTTP " + status + " with errorCode " + code
                + ", which its contract does not document");
    }
}
