package org.govhub.connectors.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
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
 * Sends the {@code notification} command as one templated message through the SMS gateway
 * ({@code contracts/agencies/sms.v1.yaml}, {@code POST /v1/messages}). The command id is the
 * gateway's {@code outId}, so a redelivered command never texts the person twice.
 */
public class SmsNotificationHandler implements CommandHandler {

    static final String AGENCY = "sms";

    /** The 400 codes the gateway documents: each is a refusal of this message, not a fault. */
    private static final Set<String> REFUSALS = Set.of(
            "isv.INVALID_PARAMETERS", "isv.MOBILE_NUMBER_ILLEGAL", "isv.TEMPLATE_MISSING", "isv.TEMPLATE_PARAMS_ILLEGAL");
    private static final String LIMIT_CONTROL = "isv.BUSINESS_LIMIT_CONTROL";

    private final RestClient client;
    private final ObjectMapper mapper;

    /** @param accessKeyId and {@code accessKeySecret}: the hub's access key at the gateway, which signs each request */
    public SmsNotificationHandler(AgencyEndpointProperties endpoint, String accessKeyId, String accessKeySecret,
                                  Clock clock, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, endpoint, new SmsRequestSigner(accessKeyId, accessKeySecret, clock));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = gatewayRequest(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/v1/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                // Documented answers, read below; any other 4xx or 5xx is left to AgencyHttp.
                .onStatus(status -> status.value() == 400 || status.value() == 429, (req, res) -> { })
                .toEntity(byte[].class));

        int status = answer.getStatusCode().value();
        JsonNode body = parse(answer.getBody(), status);
        String code = body.path("code").asText("");
        if (status == 200 && "OK".equals(code)) {
            String bizId = body.path("bizId").asText("");
            if (bizId.isEmpty()) {
                throw new ContractViolationException("sms answered OK without a bizId");
            }
            return AgencyResult.applied(bizId);
        }
        if (status == 429 && LIMIT_CONTROL.equals(code)) {
            throw new AgencyUnavailableException("sms gateway flow control (" + code + "), try again later");
        }
        if (status == 400 && REFUSALS.contains(code)) {
            return AgencyResult.rejected(reasonCode(code), "sms gateway refused the message: " + code);
        }
        throw new ContractViolationException("sms answered HTTP " + status + " with code '" + abbreviate(code)
                + "', which its contract does not document");
    }

    /**
     * Only the fields the gateway takes, copied one by one: whatever else the command carries
     * never reaches the gateway.
     */
    private byte[] gatewayRequest(AgencyCommand command) {
        JsonNode data = command.data();
        JsonNode params = data.path("params");
        if (!params.isObject()) {
            throw new InvalidCommandException("notification data has no params object");
        }
        ObjectNode request = mapper.createObjectNode()
                .put("outId", command.commandId())
                .put("phoneNumbers", requiredText(data, "phone"))
                .put("templateCode", requiredText(data, "template"));
        ObjectNode templateParam = request.putObject("templateParam");
        params.fields().forEachRemaining(param -> {
            if (!param.getValue().isTextual()) {
                throw new InvalidCommandException("notification param '" + param.getKey() + "' is not a string");
            }
            templateParam.put(param.getKey(), param.getValue().textValue());
        });
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the gateway request", e);
        }
    }

    private static String requiredText(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new InvalidCommandException("notification data has no " + field);
        }
        return value.textValue();
    }

    private JsonNode parse(byte[] body, int status) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException("sms answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException("sms answered HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException("sms answered HTTP " + status + " with a body that is not JSON", e);
        }
    }

    /** The hub's reason codes are upper-case words: {@code isv.TEMPLATE_MISSING} becomes {@code TEMPLATE_MISSING}. */
    static String reasonCode(String gatewayCode) {
        return gatewayCode.substring(gatewayCode.indexOf('.') + 1).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9_]", "_");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
