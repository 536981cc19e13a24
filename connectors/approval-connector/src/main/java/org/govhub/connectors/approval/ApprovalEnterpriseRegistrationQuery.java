package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.ResourceQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M9's unconditional resource {@code approval.enterprise-registration}: the enterprise as the
 * register holds it ({@code GET /api/v1/enterprises/{uscc}}, {@code contracts/agencies/approval.v1.yaml}),
 * in the catalogue's field names. The register's status words become the catalogue's
 * ({@code REGISTERED} → {@code ACTIVE}); nothing personal is in the answer or mapped.
 */
public class ApprovalEnterpriseRegistrationQuery implements ResourceQuery {

    static final String RESOURCE = "approval.enterprise-registration";
    private static final Map<String, String> STATUS = Map.of("REGISTERED", "ACTIVE", "DEREGISTERED", "DEREGISTERED");

    private final RestClient client;
    private final ObjectMapper mapper;

    public ApprovalEnterpriseRegistrationQuery(ApprovalConnectorProperties properties, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(ApprovalReports.AGENCY, properties,
                AgencyAuth.staticBearer(ApprovalReports.AGENCY, "api-token", properties.getApiToken()));
        this.mapper = mapper;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public Optional<JsonNode> lookup(String uscc) throws AgencyUnavailableException {
        ResponseEntity<byte[]> answer = AgencyHttp.call(ApprovalReports.AGENCY, () -> client.get()
                .uri("/api/v1/enterprises/{uscc}", uscc)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(status -> status.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = parse(answer.getBody(), status);
        if (status == 404) {
            if ("NOT_FOUND".equals(body.path("code").asText())) {
                return Optional.empty();
            }
            throw new ContractViolationException("approval answered 404 without the documented NOT_FOUND code");
        }
        String mapped = STATUS.get(body.path("status").asText());
        if (!uscc.equals(body.path("uscc").asText()) || !body.path("name").isTextual()
                || !body.path("enterpriseType").isTextual() || !body.path("address").isTextual()
                || !isDate(body.path("establishedDate")) || mapped == null) {
            throw new ContractViolationException("approval answered 200 without the enterprise's code, name, type,"
                    + " address, date of establishment and a documented status");
        }
        ObjectNode enterprise = mapper.createObjectNode()
                .put("uscc", body.get("uscc").textValue())
                .put("enterpriseName", body.get("name").textValue())
                .put("enterpriseType", body.get("enterpriseType").textValue())
                .put("registeredAddress", body.get("address").textValue())
                .put("establishedOn", body.get("establishedDate").textValue())
                .put("registrationStatus", mapped);
        return Optional.of(enterprise);
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
            throw new ContractViolationException("approval answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException("approval answered HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException("approval answered HTTP " + status + " with a body that is not JSON", e);
        }
    }
}
