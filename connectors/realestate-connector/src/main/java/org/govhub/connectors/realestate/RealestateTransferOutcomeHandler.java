package org.govhub.connectors.realestate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
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
 * Reports M1's combined outcome back to real-estate registration
 * ({@code contracts/agencies/realestate.v1.yaml},
 * {@code POST /api/v1/transfers/{applicationNo}/utility-outcome}). The command id goes along as
 * the report's {@code commandId}, on which the registry is idempotent.
 */
public class RealestateTransferOutcomeHandler implements CommandHandler {

    static final String AGENCY = "realestate";

    private static final Pattern APPLICATION_NO = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Set<String> BAD_REQUEST_CODES = Set.of("INVALID_REQUEST", "UNIT_MISMATCH");
    private static final String NOT_FOUND_CODE = "APPLICATION_NOT_FOUND";
    private static final List<String> UTILITY_FIELDS = List.of("agency", "status", "reasonCode", "reason");

    private final RestClient client;
    private final ObjectMapper mapper;

    public RealestateTransferOutcomeHandler(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.staticBearer(AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        String applicationNo = requiredText(command.data(), "applicationNo");
        if (!APPLICATION_NO.matcher(applicationNo).matches()) {
            throw new InvalidCommandException("transfer-outcome applicationNo does not match " + APPLICATION_NO);
        }
        byte[] report = report(command, applicationNo);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/v1/transfers/{applicationNo}/utility-outcome", applicationNo)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(report)
                .retrieve()
                // Documented answers, read below; any other 4xx or 5xx is left to AgencyHttp.
                .onStatus(status -> status.value() == 400 || status.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));

        int status = answer.getStatusCode().value();
        JsonNode body = parse(answer.getBody(), status);
        if (status == 200) {
            if (!"RECORDED".equals(body.path("status").asText()) || !applicationNo.equals(body.path("applicationNo").asText())) {
                throw new ContractViolationException("realestate answered 200 without a RECORDED receipt for the application");
            }
            return AgencyResult.applied(applicationNo);
        }
        String code = body.path("code").asText("");
        if (status == 404 && NOT_FOUND_CODE.equals(code)) {
            return AgencyResult.rejected(code, "realestate has no transfer with this application number");
        }
        if (status == 400 && BAD_REQUEST_CODES.contains(code)) {
            return AgencyResult.rejected(code, "realestate refused the report: " + code);
        }
        throw new ContractViolationException("realestate answered HTTP " + status + " with code '" + abbreviate(code)
                + "', which its contract does not document");
    }

    /** The report, built field by field from the command: nothing else in the command goes along. */
    private byte[] report(AgencyCommand command, String applicationNo) {
        JsonNode data = command.data();
        JsonNode utilities = data.path("utilities");
        if (!utilities.isArray()) {
            throw new InvalidCommandException("transfer-outcome data has no utilities array");
        }
        ObjectNode report = mapper.createObjectNode()
                .put("commandId", command.commandId())
                .put("applicationNo", applicationNo)
                .put("unitNumber", requiredText(data, "unitNumber"))
                .put("outcome", requiredText(data, "outcome"));
        ArrayNode results = report.putArray("utilities");
        for (JsonNode utility : utilities) {
            ObjectNode result = results.addObject();
            for (String field : UTILITY_FIELDS) {
                JsonNode value = utility.path(field);
                if (value.isTextual()) {
                    result.put(field, value.textValue());
                }
            }
        }
        try {
            return mapper.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the utility-outcome report", e);
        }
    }

    private static String requiredText(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new InvalidCommandException("transfer-outcome data has no " + field);
        }
        return value.textValue();
    }

    private JsonNode parse(byte[] body, int status) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException("realestate answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException("realestate answered HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException("realestate answered HTTP " + status + " with a body that is not JSON", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
