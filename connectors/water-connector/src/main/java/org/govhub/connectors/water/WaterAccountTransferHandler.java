package org.govhub.connectors.water;

import org.govhub.connectors.support.CommandData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code account-transfer} at the water utility: one 水过户 call
 * ({@code POST /sdq/gh}, contracts/agencies/water.v1.yaml), whose HTTP 200 answers carry the
 * outcome in {@code code}.
 */
public class WaterAccountTransferHandler implements CommandHandler {

    static final String AGENCY = "water";

    private final RestClient http;
    private final ObjectMapper mapper;

    static final String API_KEY_HEADER = "X-Api-Key";

    public WaterAccountTransferHandler(AgencyEndpointProperties endpoint, String apiKey, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.apiKey(AGENCY, API_KEY_HEADER, apiKey));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = json(SdqGhRequest.of(command.commandId(), CommandData.accountTransfer(command, mapper)));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/sdq/gh")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                // 400 is the documented answer to an invalid request, read below; 5xx stay errors.
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        return outcome(answer);
    }

    private AgencyResult outcome(ResponseEntity<String> answer) {
        JsonNode reply = body(answer);
        String code = text(reply, "code");
        int status = answer.getStatusCode().value();
        if (status == 400 && "4001".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "water refused the request as invalid: " + text(reply, "msg"));
        }
        if (status != 200) {
            throw new ContractViolationException("water answered HTTP " + status + " with code " + code
                    + ", which its contract does not document");
        }
        return switch (code) {
            case "0000" -> AgencyResult.applied(text(reply.path("data"), "ghbh"));
            case "2001" -> AgencyResult.notApplicable("NO_ACCOUNT", "no water account at that property unit");
            case "2002" -> AgencyResult.rejected("ARREARS", "the water account has unpaid arrears");
            default -> throw new ContractViolationException("water answered code " + code
                    + ", which its contract does not document");
        };
    }

    private JsonNode body(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException("water answered with content type " + type + " instead of JSON");
        }
        try {
            JsonNode reply = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (reply == null || !reply.isObject()) {
                throw new ContractViolationException("water answered without a JSON object");
            }
            return reply;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException("water answered with unparsable JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ContractViolationException("water answer lacks the field " + field);
        }
        return value.asText();
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the water request", e);
        }
    }
}
