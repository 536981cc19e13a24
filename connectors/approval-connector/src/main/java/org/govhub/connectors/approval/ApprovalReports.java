package org.govhub.connectors.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.ContractViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The approval bureau's report interface for M2 and M3 (contracts/agencies/approval.v1.yaml):
 * a JSON report, idempotent on {@code commandId}, answered 200 {@code RECORDED} with a receipt
 * number, 404/409 with a business {@code code}, or 400 {@code INVALID_REQUEST}.
 */
public class ApprovalReports {

    static final String AGENCY = "approval";
    private static final Pattern RECEIPT = Pattern.compile("^[A-Z]{3}-\\d{8}-\\d{6}$");

    private final RestClient http;
    private final ObjectMapper mapper;

    public ApprovalReports(ApprovalConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.staticBearer(AGENCY, "api-token", properties.getApiToken()));
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Posts {@code report} to {@code path}; the refusal codes the contract documents for it
     * become REJECTED with that code, anything undocumented breaks the contract.
     */
    AgencyResult post(String path, ObjectNode report, Set<String> refusals) throws AgencyUnavailableException {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the approval report", e);
        }
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                // 400, 404 and 409 are documented answers, read below; 5xx stay errors.
                .onStatus(s -> s.value() == 400 || s.value() == 404 || s.value() == 409, (req, res) -> { })
                .toEntity(String.class));
        AgencyJson reply = AgencyJson.ofAnswer(AGENCY, json(answer));
        int status = answer.getStatusCode().value();
        if (status == 200) {
            reply.oneOf("status", Set.of("RECORDED"));
            return AgencyResult.applied(reply.matching("receiptNo", RECEIPT, "receipt-number"));
        }
        String code = reply.text("code", 40);
        String message = reply.optionalText("message", 500).orElse("");
        if (status == 400 && code.equals("INVALID_REQUEST")) {
            return AgencyResult.failed("INVALID_REQUEST", "approval refused the request as invalid: "
                    + reply.optionalText("field", 100).map(f -> "field " + f + ": ").orElse("") + message);
        }
        if ((status == 404 || status == 409) && refusals.contains(code)) {
            return AgencyResult.rejected(code, "approval refused: " + message);
        }
        throw new ContractViolationException("approval answered HTTP " + status + " with code " + code
                + ", which its contract does not document for " + path);
    }

    private JsonNode json(ResponseEntity<String> answer) {
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
}
