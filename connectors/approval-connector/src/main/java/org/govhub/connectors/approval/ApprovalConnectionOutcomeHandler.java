package org.govhub.connectors.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
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
 * Reports M6's outcome back to the combined utilities window: one
 * {@code PUT /api/v1/utility-connections/{applicationNo}/outcome}
 * (contracts/agencies/approval.v1.yaml) with what each utility answered; the command id is the
 * report's {@code requestId}, on which the bureau is idempotent.
 */
public class ApprovalConnectionOutcomeHandler implements CommandHandler {

    static final String AGENCY = "approval";
    private static final Pattern APPLICATION_NO = Pattern.compile("^[A-Za-z0-9-]{6,32}$");

    private final RestClient http;
    private final ObjectMapper mapper;

    public ApprovalConnectionOutcomeHandler(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.staticBearer(AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        JsonNode data = command.data();
        String applicationNo = data.path("applicationNo").asText("");
        if (!APPLICATION_NO.matcher(applicationNo).matches() || !data.path("outcome").isTextual()
                || !data.path("utilities").isArray() || data.get("utilities").isEmpty()) {
            throw new InvalidCommandException("connection-outcome data lacks applicationNo, outcome or utilities");
        }
        byte[] report = json(report(command.commandId(), data));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.put()
                .uri("/api/v1/utility-connections/{applicationNo}/outcome", applicationNo)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(report)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        return outcome(answer, applicationNo);
    }

    /** The bureau's report, field by field. */
    private ObjectNode report(String commandId, JsonNode data) {
        ObjectNode r = mapper.createObjectNode();
        r.put("requestId", commandId);
        r.put("outcome", data.get("outcome").asText());
        ArrayNode utilities = r.putArray("utilities");
        for (JsonNode u : data.get("utilities")) {
            ObjectNode o = utilities.addObject();
            o.put("utility", u.path("agency").asText());
            o.put("status", u.path("status").asText());
            for (String field : new String[] {"reasonCode", "reason", "reference", "dueAt"}) {
                if (u.path(field).isTextual()) {
                    o.put(field, u.get(field).asText());
                }
            }
            if (u.path("late").isBoolean()) {
                o.put("late", u.get("late").asBoolean());
            }
        }
        return r;
    }

    private AgencyResult outcome(ResponseEntity<String> answer, String applicationNo) {
        JsonNode reply = body(answer);
        int status = answer.getStatusCode().value();
        if (status == 400 && "INVALID_REQUEST".equals(reply.path("code").asText())) {
            return AgencyResult.failed("INVALID_REQUEST", "approval refused the report as invalid: "
                    + reply.path("message").asText());
        }
        if (status == 200 && reply.path("received").asBoolean(false)
                && applicationNo.equals(reply.path("applicationNo").asText())) {
            return AgencyResult.applied(applicationNo);
        }
        throw new ContractViolationException("approval answered HTTP " + status
                + " with a body its contract does not document");
    }

    private JsonNode body(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException("approval answered with content type " + type + " instead of JSON");
        }
        try {
            JsonNode reply = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (reply == null || !reply.isObject()) {
                throw new ContractViolationException("approval answered without a JSON object");
            }
            return reply;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException("approval answered with unparsable JSON", e);
        }
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the approval report", e);
        }
    }
}
