package org.govhub.connectors.tax;

import static org.govhub.connectors.tax.TaxAnswers.AGENCY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.govhub.connectors.support.AgencyJson;
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
 * M8: one material for the deed tax on a new-housing purchase, at the bureau's one endpoint
 * ({@code POST /api/deed-tax/new-housing-materials}, {@code material_type}): the sale-contract
 * filing, or, with the buyer's consent, the household registration or the marriage status. The
 * command's data is renamed field by field into the bureau's snake_case; nothing else goes along.
 */
public class TaxNewHousingMaterialHandler implements CommandHandler {

    /** The command, its material type, and the command's dotted fields mapped to the bureau's names. */
    enum Material {
        SALE_CONTRACT("sale-contract-filing", Map.of("filingNo", "filing_no", "unitNumber", "unit_number", "area", "area",
                "price", "price", "signedOn", "signed_on", "buyer.name", "buyer_name", "buyer.idNumber", "buyer_id_number")),
        HOUSEHOLD("household-registration", Map.of("person.name", "person_name", "person.idNumber", "person_id_number",
                "householdNo", "household_no", "members", "members")),
        MARRIAGE("marriage-status", Map.of("person.name", "person_name", "person.idNumber", "person_id_number",
                "maritalStatus", "marital_status", "spouse.name", "spouse_name", "spouse.idNumber", "spouse_id_number",
                "registeredOn", "registered_on"));

        final String command;
        final Map<String, String> fields;

        Material(String command, Map<String, String> fields) {
            this.command = command;
            this.fields = fields;
        }
    }

    private final Material material;
    private final RestClient client;
    private final ObjectMapper mapper;

    public TaxNewHousingMaterialHandler(Material material, AgencyEndpointProperties endpoint, String appKey,
                                        ObjectMapper mapper) {
        this.material = material;
        this.client = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.apiKey(AGENCY, "X-Tax-App-Key",
                AgencyAuth.required(AGENCY, "app-key", appKey)));
        this.mapper = mapper;
    }

    String command() {
        return material.command;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = request(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/deed-tax/new-housing-materials")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(byte[].class));
        JsonNode body = TaxAnswers.read(answer, mapper);
        if (TaxAnswers.SUCCESS.equals(body.get("code").asText()) && body.path("data").path("material_no").isTextual()) {
            return AgencyResult.applied(body.path("data").path("material_no").asText());
        }
        throw new ContractViolationException("tax answered code '" + TaxAnswers.abbreviate(body.get("code").asText())
                + "' without a material number, which its contract does not document");
    }

    private byte[] request(AgencyCommand command) {
        JsonNode data = command.data();
        ObjectNode request = mapper.createObjectNode()
                .put("request_id", command.commandId())
                .put("application_no", AgencyJson.ofCommand(material.command, data).text("applicationNo"))
                .put("material_type", material.name());
        ObjectNode fields = request.putObject("material");
        material.fields.forEach((path, name) -> {
            JsonNode value = data;
            for (String part : path.split("\\.")) {
                value = value.path(part);
            }
            if (!value.isMissingNode() && !value.isNull()) {
                fields.set(name, value);
            }
        });
        if (fields.isEmpty()) {
            throw new InvalidCommandException(material.command + " data holds none of the material's fields");
        }
        return AgencyJson.bytes(mapper, request);
    }
}
