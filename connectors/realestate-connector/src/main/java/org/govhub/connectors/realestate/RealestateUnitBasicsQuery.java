package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
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
 * M9's unconditional resource {@code realestate.unit-basics}: the unit as the registry holds it
 * ({@code GET /api/v1/units/{unitNumber}}, {@code contracts/agencies/realestate.v1.yaml}), in the
 * catalogue's field names. Only the unit's own facts are mapped; the owner (personal data) is
 * never read into the answer.
 */
public class RealestateUnitBasicsQuery implements ResourceQuery {

    static final String RESOURCE = "realestate.unit-basics";

    private final RestClient client;
    private final ObjectMapper mapper;

    public RealestateUnitBasicsQuery(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(RealestateTransferOutcomeHandler.AGENCY, endpoint,
                AgencyAuth.staticBearer(RealestateTransferOutcomeHandler.AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public Optional<JsonNode> lookup(String unitNumber) throws AgencyUnavailableException {
        ResponseEntity<byte[]> answer = AgencyHttp.call(RealestateTransferOutcomeHandler.AGENCY, () -> client.get()
                .uri("/api/v1/units/{unitNumber}", unitNumber)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(status -> status.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode body = parse(answer.getBody(), status);
        if (status == 404) {
            if ("UNIT_NOT_FOUND".equals(body.path("code").asText())) {
                return Optional.empty();
            }
            throw new ContractViolationException("realestate answered 404 without the documented UNIT_NOT_FOUND code");
        }
        if (!unitNumber.equals(body.path("unitNumber").asText()) || !body.path("address").isTextual()
                || !body.path("area").isNumber() || !body.path("use").isTextual()) {
            throw new ContractViolationException("realestate answered 200 without the unit's number, address, area and use");
        }
        ObjectNode unit = mapper.createObjectNode()
                .put("unitNumber", body.get("unitNumber").textValue())
                .put("address", body.get("address").textValue())
                .put("use", body.get("use").textValue());
        unit.set("area", body.get("area"));
        return Optional.of(unit);
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
}
