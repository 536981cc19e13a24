package org.govhub.connectors.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * One outcome report to the registration system (contracts/agencies/approval.v1.yaml): the
 * command's data under its case number, idempotent on {@code commandId}.
 */
final class ApprovalOutcomeReport {

    static final String AGENCY = "approval";

    private final RestClient http;
    private final ObjectMapper mapper;

    ApprovalOutcomeReport(ApprovalConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.staticBearer(AGENCY, "api-token", properties.getApiToken()));
        this.mapper = mapper;
    }

    /** Posts the report to {@code pathTemplate} with the case number the command's {@code numberField} holds. */
    AgencyResult report(AgencyCommand command, String pathTemplate, String numberField, String numberPattern)
            throws AgencyUnavailableException {
        String number = AgencyJson.required(command, numberField);
        if (!number.matches(numberPattern)) {
            throw new InvalidCommandException(command.command() + " " + numberField + " is not a case number");
        }
        ObjectNode body = command.data().deepCopy();
        body.remove(numberField);
        body.put("commandId", command.commandId());
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri(pathTemplate, number)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(body))
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404 || s.value() == 409, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        return switch (answer.getStatusCode().value()) {
            case 200 -> {
                if (!"RECORDED".equals(reply.path("status").asText())
                        || !command.commandId().equals(reply.path("commandId").asText())) {
                    throw new ContractViolationException("approval answer fields status/commandId: must be RECORDED"
                            + " and echo the report's command id");
                }
                yield AgencyResult.applied(number);
            }
            case 404 -> AgencyResult.rejected("UNKNOWN_CASE", "the registration system has no case " + number);
            case 409 -> AgencyResult.rejected("ENTERPRISE_MISMATCH", "the case is another enterprise's");
            case 400 -> AgencyResult.failed("INVALID_REQUEST", "approval refused the report as invalid: "
                    + reply.path("message").asText());
            default -> throw new ContractViolationException("approval answered HTTP " + answer.getStatusCode().value()
                    + ", which its contract does not document for outcome reports");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the approval request", e);
        }
    }
}
