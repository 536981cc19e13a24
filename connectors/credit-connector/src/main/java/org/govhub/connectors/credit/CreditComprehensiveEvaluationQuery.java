package org.govhub.connectors.credit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.ResourceQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M9's unconditional resource {@code credit.comprehensive-evaluation}: the evaluation in force
 * ({@code GET /api/evaluations/{uscc}}, {@code contracts/agencies/credit.v1.yaml}), in the
 * catalogue's field names ({@code creditClass} → {@code evaluationClass}). A class the catalogue
 * does not list (the platform's scale has an E) is left to the hub's check of the catalogue's
 * values, which fails the request rather than share a class the catalogue never published.
 */
public class CreditComprehensiveEvaluationQuery implements ResourceQuery {

    static final String RESOURCE = "credit.comprehensive-evaluation";
    private static final Set<String> CLASSES = Set.of("A", "B", "C", "D", "E");

    private final RestClient client;
    private final ObjectMapper mapper;

    public CreditComprehensiveEvaluationQuery(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(CreditRecordHandler.AGENCY, endpoint,
                AgencyAuth.staticBearer(CreditRecordHandler.AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public Optional<JsonNode> lookup(String uscc) throws AgencyUnavailableException {
        ResponseEntity<byte[]> answer = AgencyHttp.call(CreditRecordHandler.AGENCY, () -> client.get()
                .uri("/api/evaluations/{uscc}", uscc)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(status -> status.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = parse(answer.getBody(), status);
        if (status == 404) {
            if ("UNKNOWN_ENTERPRISE".equals(body.path("error").asText())) {
                return Optional.empty();
            }
            throw new ContractViolationException("credit answered 404 without the documented UNKNOWN_ENTERPRISE error");
        }
        if (!uscc.equals(body.path("uscc").asText()) || !CLASSES.contains(body.path("creditClass").asText())
                || !body.path("version").canConvertToInt() || body.path("version").asInt() < 1
                || !isDate(body.path("evaluatedOn"))) {
            throw new ContractViolationException("credit answered 200 without the enterprise's code, a documented class,"
                    + " a version and the date of evaluation");
        }
        ObjectNode evaluation = mapper.createObjectNode()
                .put("uscc", body.get("uscc").textValue())
                .put("evaluationClass", body.get("creditClass").textValue())
                .put("evaluatedOn", body.get("evaluatedOn").textValue());
        return Optional.of(evaluation);
    }

    private static boolean isDate(JsonNode node) {
        if (!node.isTextual()) {
            return false;
        }
        try {
            LocalDate.parse(node.textValue());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private JsonNode parse(byte[] body, int status) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException("credit answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException("credit answered HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException("credit answered HTTP " + status + " with a body that is not JSON", e);
        }
    }
}
