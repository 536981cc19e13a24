package org.govhub.connectors.tax;

import static org.govhub.connectors.tax.TaxAnswers.AGENCY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M7: hands the court's disposal information to the tax bureau, which levies deed tax and stamp
 * duty on the transferee ({@code POST /api/deed-tax/judicial-levies}, snake_case JSON, answers
 * wrapped in {@code {code, message, data}}). The command id is tax's {@code request_id}.
 * Code 2001 (the transferee is no taxpayer in good standing) and 2002 (the case number has a
 * levy for another unit) are refusals.
 */
public class TaxDeedTaxLevyHandler implements CommandHandler {

    static final String COMMAND = "deed-tax-levy";

    private final RestClient client;
    private final ObjectMapper mapper;

    public TaxDeedTaxLevyHandler(AgencyEndpointProperties endpoint, String appKey, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.apiKey(AGENCY, "X-Tax-App-Key",
                AgencyAuth.required(AGENCY, "app-key", appKey)));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = request(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/deed-tax/judicial-levies")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(byte[].class));
        JsonNode body = TaxAnswers.read(answer, mapper);
        String code = body.get("code").asText();
        return switch (code) {
            case TaxAnswers.SUCCESS -> {
                JsonNode levy = body.path("data");
                String levyNo = levy.path("levy_no").asText("");
                if (!levyNo.matches("^[A-Z0-9]{8,32}$")
                        || !command.data().path("caseNumber").asText().equals(levy.path("case_number").asText())) {
                    throw new ContractViolationException("tax answered 0000 without a levy for the case");
                }
                TaxAnswers.amount(levy, "total_due");
                yield AgencyResult.applied(levyNo);
            }
            case "2001" -> AgencyResult.rejected("TAXPAYER_INVALID",
                    "tax: the transferee is not a taxpayer in good standing (code 2001)");
            case "2002" -> AgencyResult.rejected("CASE_LEVIED_FOR_OTHER_UNIT",
                    "tax: this case number already has a levy for another unit (code 2002)");
            default -> throw new ContractViolationException("tax answered code '" + TaxAnswers.abbreviate(code)
                    + "', which its contract does not document for a levy");
        };
    }

    /** The levy request, field by field from the command: nothing else in the command goes along. */
    private byte[] request(AgencyCommand command) {
        JsonNode data = command.data();
        AgencyJson fields = AgencyJson.ofCommand(COMMAND, data);
        JsonNode transferee = data.path("transferee");
        ObjectNode request = mapper.createObjectNode()
                .put("request_id", command.commandId())
                .put("case_number", fields.text("caseNumber"))
                .put("unit_number", fields.text("unitNumber"))
                .put("address", fields.text("address"))
                .put("ruling_date", fields.text("rulingDate"))
                .put("taxable_amount", fields.text("disposalPrice"));
        request.putObject("transferee")
                .put("name", fields.text("transferee.name"))
                .put("id_type", fields.text("transferee.idType"))
                .put("id_number", fields.text("transferee.idNumber"));
        request.put("transferor_name", fields.text("transferor.name"));
        return AgencyJson.bytes(mapper, request);
    }
}
