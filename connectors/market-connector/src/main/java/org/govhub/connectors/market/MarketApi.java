package org.govhub.connectors.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
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
 * Market supervision's interface (contracts/agencies/market.v1.yaml): JSON requests idempotent
 * on {@code bizId}, answered HTTP 200 {@code {success, errorCode?, errorMsg?, data?}}, or 400
 * {@code INVALID_REQUEST}; {@code Authorization: APPCODE <code>}.
 */
public class MarketApi {

    static final String AGENCY = "market";

    /** A 200 answer: either success with its data, or a business error code. */
    record Answer(boolean success, String errorCode, String errorMsg, AgencyJson data) {
    }

    private final RestClient http;
    private final ObjectMapper mapper;

    public MarketApi(MarketConnectorProperties properties, ObjectMapper mapper) {
        String code = AgencyAuth.required(AGENCY, "app-code", properties.getAppCode());
        this.http = AgencyHttp.restClient(AGENCY, properties, AgencyAuth.apiKey(AGENCY, "Authorization", "APPCODE " + code));
        this.mapper = mapper;
    }

    ObjectNode request() {
        return mapper.createObjectNode();
    }

    /**
     * Posts {@code request} to {@code path}. A 400 is the FAILED result returned in
     * {@code invalid}'s place; any 200 is returned as an {@link Answer} whose error codes the
     * caller maps, after checking each is one that {@code documented} lists.
     */
    Answer post(String path, ObjectNode request, Set<String> documented) throws AgencyUnavailableException {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the market request", e);
        }
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(s -> s.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode json = json(answer);
        AgencyJson reply = AgencyJson.ofAnswer(AGENCY, json);
        int status = answer.getStatusCode().value();
        JsonNode success = json.get("success");
        if (success == null || !success.isBoolean()) {
            throw new ContractViolationException("market answer: field success is missing or not a boolean (rule type)");
        }
        if (status == 400) {
            if (success.booleanValue() || !"INVALID_REQUEST".equals(reply.text("errorCode", 40))) {
                throw new ContractViolationException("market answered HTTP 400 without errorCode INVALID_REQUEST");
            }
            return new Answer(false, "INVALID_REQUEST", reply.optionalText("errorMsg", 500).orElse(""), null);
        }
        if (status != 200) {
            throw new ContractViolationException("market answered HTTP " + status + ", which its contract does not document");
        }
        AgencyJson data = AgencyJson.ofAnswer(AGENCY, json.path("data"));
        if (success.booleanValue()) {
            if (!json.path("data").isObject()) {
                throw new ContractViolationException("market answer: field data is missing (rule required)");
            }
            String bizId = data.text("bizId", 120);
            if (!bizId.equals(request.path("bizId").asText())) {
                throw new ContractViolationException("market answer: field data.bizId is not the request's (rule idempotency-key)");
            }
            return new Answer(true, null, null, data);
        }
        String code = reply.text("errorCode", 40);
        if (!documented.contains(code)) {
            throw new ContractViolationException("market answered errorCode " + code
                    + ", which its contract does not document for " + path);
        }
        return new Answer(false, code, reply.optionalText("errorMsg", 500).orElse(""), data);
    }

    static AgencyResult invalid(Answer a) {
        return AgencyResult.failed("INVALID_REQUEST", "market refused the request as invalid: " + a.errorMsg());
    }

    private JsonNode json(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException("market answered with content type " + type + " instead of JSON");
        }
        try {
            JsonNode reply = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (reply == null || !reply.isObject()) {
                throw new ContractViolationException("market answered without a JSON object");
            }
            return reply;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException("market answered with unparsable JSON", e);
        }
    }
}
