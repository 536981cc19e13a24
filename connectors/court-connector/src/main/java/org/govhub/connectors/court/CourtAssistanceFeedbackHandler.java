package org.govhub.connectors.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
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
 * M7: tells the court how a step of its order ended (协助执行回执,
 * {@code POST /api/enforcement/assistance-feedback}, contracts/agencies/court.v1.yaml). The
 * command id is the court's {@code feedbackId}, on which it is idempotent. 404 CASE_NOT_FOUND
 * (the court has no such enforcement case) is a refusal.
 */
public class CourtAssistanceFeedbackHandler implements CommandHandler {

    static final String AGENCY = "court";
    static final String COMMAND = "assistance-feedback";
    private static final List<String> FIELDS = List.of("caseNumber", "unitNumber", "stage", "outcome");
    private static final List<String> STEP_FIELDS = List.of("agency", "command", "status", "reasonCode", "reason");

    private final RestClient client;
    private final ObjectMapper mapper;

    public CourtAssistanceFeedbackHandler(AgencyEndpointProperties endpoint, String username, String password,
                                          ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.basic(AGENCY, username, password));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] feedback = feedback(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/enforcement/assistance-feedback")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(feedback)
                .retrieve()
                .onStatus(status -> status.value() == 400 || status.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = AgencyJson.object(AGENCY, answer.getBody(), status, mapper);
        if (status == 200) {
            if (!body.path("recorded").asBoolean(false) || !body.path("receiptNo").isTextual()) {
                throw new ContractViolationException("court answered 200 without a receipt");
            }
            return AgencyResult.applied(body.get("receiptNo").asText());
        }
        String code = body.path("errorCode").asText("");
        if (status == 404 && "CASE_NOT_FOUND".equals(code)) {
            return AgencyResult.rejected(code, "court has no enforcement case with this number");
        }
        if (status == 400 && "BAD_REQUEST".equals(code)) {
            return AgencyResult.rejected("INVALID_REQUEST", "court refused the feedback as malformed");
        }
        throw new ContractViolationException("court answered HTTP " + status + ", which its contract does not document");
    }

    private byte[] feedback(AgencyCommand command) {
        AgencyJson data = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode feedback = mapper.createObjectNode().put("feedbackId", command.commandId());
        for (String field : FIELDS) {
            feedback.put(field, data.text(field));
        }
        ArrayNode steps = feedback.putArray("steps");
        for (JsonNode step : data.node("steps")) {
            ObjectNode s = steps.addObject();
            for (String field : STEP_FIELDS) {
                if (step.path(field).isTextual()) {
                    s.put(field, step.get(field).textValue());
                }
            }
        }
        return AgencyJson.bytes(mapper, feedback);
    }
}
