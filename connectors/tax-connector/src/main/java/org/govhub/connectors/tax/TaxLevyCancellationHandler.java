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
 * M7's compensation at the tax bureau: the court withdrew its order, so the levy is cancelled,
 * or refunded if it was paid ({@code POST /api/deed-tax/judicial-levies/cancellations}). Code
 * 2004 (no levy for that case and unit) means there is nothing to undo.
 */
public class TaxLevyCancellationHandler implements CommandHandler {

    static final String COMMAND = "deed-tax-levy-cancellation";

    private final RestClient client;
    private final ObjectMapper mapper;

    public TaxLevyCancellationHandler(AgencyEndpointProperties endpoint, String appKey, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.apiKey(AGENCY, "X-Tax-App-Key",
                AgencyAuth.required(AGENCY, "app-key", appKey)));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = request(command);
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> client.post()
                .uri("/api/deed-tax/judicial-levies/cancellations")
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
                JsonNode data = body.path("data");
                String status = data.path("status").asText();
                if (!status.equals("CANCELLED") && !status.equals("REFUNDED") || !data.path("levy_no").isTextual()) {
                    throw new ContractViolationException("tax answered 0000 without a cancelled or refunded levy");
                }
                TaxAnswers.amount(data, "refund_amount");
                // The reference says what was done: QS...:CANCELLED or QS...:REFUNDED.
                yield AgencyResult.applied(data.get("levy_no").asText() + ":" + status);
            }
            case "2004" -> AgencyResult.notApplicable("NO_LEVY", "tax has no levy for this case and unit: nothing to undo");
            default -> throw new ContractViolationException("tax answered code '" + TaxAnswers.abbreviate(code)
                    + "', which its contract does not document for a cancellation");
        };
    }

    private byte[] request(AgencyCommand command) {
        AgencyJson fields = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode request = mapper.createObjectNode()
                .put("request_id", command.commandId())
                .put("case_number", fields.text("caseNumber"))
                .put("unit_number", fields.text("unitNumber"))
                .put("withdrawn_on", fields.text("withdrawnOn"))
                .put("reason", fields.text("reason"));
        return AgencyJson.bytes(mapper, request);
    }
}
