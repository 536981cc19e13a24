package org.govhub.connectors.creditsubscriber;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M3 {@code credit-rating-notice} for one subscribing agency system, through the interface the
 * credit platform publishes for its subscribers ({@code POST /<agency>/credit-notices}). The
 * answer's {@code 409 STALE_VERSION} is a refusal: the system holds this or a newer version.
 */
public class CreditRatingNoticeHandler implements CommandHandler {

    static final String COMMAND = "credit-rating-notice";
    private static final Set<String> CLASSES = Set.of("A", "B", "C", "D", "E");
    private static final Pattern RECEIPT = Pattern.compile("^XY-[a-z]+-\\d{6}$");

    private final String agency;
    private final RestClient http;
    private final ObjectMapper mapper;

    public CreditRatingNoticeHandler(String agency, AgencyEndpointProperties endpoint, String apiToken,
                                     ObjectMapper mapper) {
        this.agency = agency;
        if (apiToken == null || apiToken.isBlank()) {
            throw new IllegalStateException("govhub.connectors.credit-subscribers.api-token (or .agencies." + agency
                    + ".api-token) is not configured");
        }
        this.http = AgencyHttp.restClient(agency, endpoint, AgencyAuth.staticBearer(agency, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = mapper.createObjectNode();
        out.put("commandId", command.commandId());
        out.put("uscc", in.uscc("uscc"));
        out.put("enterpriseName", in.text("enterpriseName", 100));
        out.put("version", in.integer("version", 1, 100_000));
        out.put("action", in.oneOf("action", Set.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION")));
        out.put("creditClass", in.oneOf("creditClass", CLASSES));
        if (in.has("previousClass")) {
            out.put("previousClass", in.oneOf("previousClass", CLASSES));
        }
        if (in.has("supersedesVersion")) {
            out.put("supersedesVersion", in.integer("supersedesVersion", 1, 100_000));
        }
        out.put("effectiveDate", in.date("effectiveDate").toString());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the credit notice", e);
        }
        ResponseEntity<String> answer = AgencyHttp.call(agency, () -> http.post()
                .uri("/{agency}/credit-notices", agency)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 409, (req, res) -> { })
                .toEntity(String.class));
        AgencyJson reply = AgencyJson.ofAnswer(agency, json(answer));
        int status = answer.getStatusCode().value();
        if (status == 200) {
            reply.oneOf("status", Set.of("RECEIVED"));
            return AgencyResult.applied(reply.matching("receiptNo", RECEIPT, "receipt-number"));
        }
        String code = reply.text("code", 40);
        if (status == 409 && code.equals("STALE_VERSION")) {
            return AgencyResult.rejected("STALE_VERSION", agency + " holds this or a newer version");
        }
        if (status == 400 && code.equals("INVALID_REQUEST")) {
            return AgencyResult.failed("INVALID_REQUEST", agency + " refused the notice as invalid: "
                    + reply.optionalText("field", 100).map(f -> "field " + f + ": ").orElse("")
                    + reply.optionalText("message", 500).orElse(""));
        }
        throw new ContractViolationException(agency + " answered HTTP " + status + " with code " + code
                + ", which the subscribers' interface does not document");
    }

    private JsonNode json(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException(agency + " answered with content type " + type + " instead of JSON");
        }
        try {
            JsonNode reply = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (reply == null || !reply.isObject()) {
                throw new ContractViolationException(agency + " answered without a JSON object");
            }
            return reply;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException(agency + " answered with unparsable JSON", e);
        }
    }
}
