package org.govhub.connectors.credit;

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
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M3 {@code credit-record}: one version of an industry authority's violation or dishonesty
 * record, collected by the public credit platform ({@code POST /api/records},
 * contracts/agencies/credit.v1.yaml). 404 {@code UNKNOWN_RECORD}, 409 {@code STALE_VERSION} and
 * 422 {@code UNKNOWN_ENTERPRISE} are refusals; the record key is the platform's reference.
 */
public class CreditRecordHandler implements CommandHandler {

    static final String AGENCY = "credit";
    static final String COMMAND = "credit-record";
    private static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9-]{6,40}$");
    private static final Set<String> REFUSALS = Set.of("UNKNOWN_RECORD", "STALE_VERSION", "UNKNOWN_ENTERPRISE");

    private final RestClient http;
    private final ObjectMapper mapper;

    public CreditRecordHandler(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.staticBearer(AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = mapper.createObjectNode();
        String uscc = in.uscc("enterprise.uscc");
        out.put("recordId", in.matching("recordId", RECORD_ID, "record-number"));
        int version = in.integer("version", 1, 1000);
        String action = in.oneOf("action", Set.of("SUBMIT", "CORRECT", "RETRACT"));
        if (action.equals("SUBMIT") != (version == 1)) {
            throw new InvalidCommandException(COMMAND + " data: field version must be 1 for SUBMIT and above 1 for"
                    + " CORRECT and RETRACT (rule record-version)");
        }
        out.put("version", version);
        out.put("action", action);
        out.put("authority", in.oneOf("authority", Set.of("market", "tax", "housing")));
        out.put("category", in.oneOf("category", Set.of("ADMINISTRATIVE_PENALTY", "SERIOUS_DISHONESTY",
                "TAX_VIOLATION", "CONSTRUCTION_VIOLATION", "PROCUREMENT_ARREARS", "OTHER")));
        out.put("severity", in.oneOf("severity", Set.of("MINOR", "GENERAL", "SERIOUS")));
        out.put("uscc", uscc);
        out.put("enterpriseName", in.text("enterprise.name", 100));
        out.put("decidedOn", in.date("decidedOn").toString());
        out.put("documentNo", in.text("documentNo", 64));
        in.optionalText("summary", 500).ifPresent(v -> out.put("summary", v));
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the credit record", e);
        }
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/api/records")
                .header("Idempotency-Key", command.commandId())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404 || s.value() == 409 || s.value() == 422,
                        (req, res) -> { })
                .toEntity(String.class));
        AgencyJson reply = AgencyJson.ofAnswer(AGENCY, json(answer));
        int status = answer.getStatusCode().value();
        if (status == 200) {
            if (!reply.uscc("evaluation.uscc").equals(uscc)) {
                throw new ContractViolationException("credit answer: field evaluation.uscc is not the record's enterprise"
                        + " (rule same-enterprise)");
            }
            reply.oneOf("evaluation.creditClass", Set.of("A", "B", "C", "D", "E"));
            reply.integer("evaluation.version", 1, 100_000);
            reply.oneOf("status", Set.of("IN_FORCE", "RETRACTED"));
            return AgencyResult.applied(reply.text("recordKey", 60));
        }
        String error = reply.text("error", 40);
        String detail = reply.optionalText("detail", 500).orElse("");
        if (status == 400 && error.equals("INVALID_REQUEST")) {
            return AgencyResult.failed("INVALID_REQUEST", "credit refused the record as invalid: "
                    + reply.optionalText("field", 100).map(f -> "field " + f + ": ").orElse("") + detail);
        }
        if (status != 400 && REFUSALS.contains(error)) {
            return AgencyResult.rejected(error, "the credit platform refused the record: " + detail);
        }
        throw new ContractViolationException("credit answered HTTP " + status + " with error " + error
                + ", which its contract does not document");
    }

    private JsonNode json(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException("credit answered with content type " + type + " instead of JSON");
        }
        try {
            JsonNode reply = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (reply == null || !reply.isObject()) {
                throw new ContractViolationException("credit answered without a JSON object");
            }
            return reply;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException("credit answered with unparsable JSON", e);
        }
    }
}
