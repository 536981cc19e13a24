package org.govhub.connectors.heat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code account-transfer} at the heating company: one form post to
 * {@code POST /api/transfer.do}, numbered by the command id so that a retry is answered, not
 * applied, a second time. The heating company finds the account by the address; it gets only
 * the fields contracts/agencies/heat.v1.yaml names.
 */
public class HeatAccountTransferHandler implements CommandHandler {

    static final String AGENCY = "heat";
    private static final MediaType FORM_UTF8 = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);
    private static final DateTimeFormatter GHRQ = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> ANSWER_FIELDS = Set.of("ret", "msg", "yhbh");

    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String appId;
    private final String appSecret;
    private final Clock clock;

    /** @param appId and {@code appSecret}: the app the heating company registered for the hub, which signs each request */
    public HeatAccountTransferHandler(AgencyEndpointProperties endpoint, String appId, String appSecret, Clock clock) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint);
        this.appId = AgencyAuth.required(AGENCY, "app-id", appId);
        this.appSecret = AgencyAuth.required(AGENCY, "app-secret", appSecret);
        this.clock = clock;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        MultiValueMap<String, String> form = toForm(command);
        String timestamp = Long.toString(clock.millis());
        String sign = sign(form, appId, timestamp, appSecret);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/api/transfer.do?appId={appId}&timestamp={timestamp}&sign={sign}", appId, timestamp, sign)
                .contentType(FORM_UTF8)
                .accept(MediaType.APPLICATION_JSON)
                .body(form)
                .retrieve()
                .toEntity(byte[].class));
        return toResult(answer);
    }

    /**
     * The heating company's signature (contracts/agencies/heat.v1.yaml, {@code Sign}): hex
     * HMAC-SHA256 under the app secret of all parameters but {@code sign}, with a value, sorted
     * by name and joined as {@code name=value&...}, before URL encoding.
     */
    static String sign(MultiValueMap<String, String> form, String appId, String timestamp, String appSecret) {
        TreeMap<String, List<String>> parameters = new TreeMap<>(form);
        parameters.put("appId", List.of(appId));
        parameters.put("timestamp", List.of(timestamp));
        StringJoiner canonical = new StringJoiner("&");
        parameters.forEach((name, values) -> values.stream()
                .filter(value -> value != null && !value.isEmpty())
                .forEach(value -> canonical.add(name + "=" + value)));
        return AgencyAuth.hmacSha256Hex(appSecret, canonical.toString());
    }

    static MultiValueMap<String, String> toForm(AgencyCommand command) {
        JsonNode data = command.data();
        JsonNode newOwner = data.path("newOwner");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reqNo", command.commandId());
        form.add("fwzl", required(data, "address"));
        form.add("bdcdyh", required(data, "unitNumber"));
        form.add("xhzxm", required(newOwner, "name"));
        form.add("xhzzjh", required(newOwner, "idNumber"));
        if (newOwner.path("phone").isTextual()) {
            form.add("xhzsj", newOwner.path("phone").asText());
        }
        form.add("yhzxm", required(data.path("previousOwner"), "name"));
        form.add("ghrq", ghrq(required(data, "transferDate")));
        return form;
    }

    private AgencyResult toResult(ResponseEntity<byte[]> answer) {
        if (answer.getStatusCode().value() != 200) {
            throw new ContractViolationException("heat answered HTTP " + answer.getStatusCode().value()
                    + ", which its contract does not document");
        }
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            throw new ContractViolationException("heat answered content type " + type + " instead of application/json");
        }
        JsonNode result = parse(answer.getBody());
        JsonNode ret = result.path("ret");
        if (!ret.isInt()) {
            throw new ContractViolationException("heat answered without an integer ret");
        }
        if (!result.path("msg").isTextual()) {
            throw new ContractViolationException("heat answered without msg");
        }
        return switch (ret.intValue()) {
            case 0 -> AgencyResult.applied(yhbh(result));
            case 101 -> AgencyResult.notApplicable("NO_ACCOUNT", "no heating account at this address (ret 101)");
            case 102 -> AgencyResult.rejected("ARREARS", "the heating account has unpaid heating fees (ret 102)");
            case 201 -> AgencyResult.failed("INVALID_REQUEST", "heat refused a parameter of the request (ret 201)");
            default -> throw new ContractViolationException("heat answered ret " + ret.intValue()
                    + ", which its contract does not define");
        };
    }

    private JsonNode parse(byte[] body) {
        JsonNode result;
        try {
            result = json.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            throw new ContractViolationException("heat answered a body that is not JSON", e);
        }
        if (result == null || !result.isObject()) {
            throw new ContractViolationException("heat answered something other than a JSON object");
        }
        result.fieldNames().forEachRemaining(name -> {
            if (!ANSWER_FIELDS.contains(name)) {
                throw new ContractViolationException("heat answered a field its contract does not define: " + name);
            }
        });
        return result;
    }

    private static String yhbh(JsonNode result) {
        JsonNode yhbh = result.path("yhbh");
        if (!yhbh.isTextual() || yhbh.asText().isBlank()) {
            throw new ContractViolationException("heat answered ret 0 without yhbh");
        }
        return yhbh.asText();
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCommandException("account-transfer data lacks " + field);
        }
        return value.asText();
    }

    private static String ghrq(String transferDate) {
        try {
            return LocalDate.parse(transferDate).format(GHRQ);
        } catch (DateTimeParseException e) {
            throw new InvalidCommandException("account-transfer data has a transferDate that is not a date");
        }
    }
}
