package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
 * M8: the sale-contract filing housing shared, recorded against the window's application so the
 * registration is completed with it ({@code POST /api/v1/new-housing-registrations/sale-contract-filings}).
 * 404 UNIT_NOT_FOUND and 400 INVALID_REQUEST are refusals.
 */
public class RealestateSaleContractFilingHandler implements CommandHandler {

    static final String COMMAND = "sale-contract-filing";
    private static final List<String> TEXT = List.of("applicationNo", "filingNo", "unitNumber", "address", "price", "signedOn");

    private final RestClient client;
    private final ObjectMapper mapper;

    public RealestateSaleContractFilingHandler(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.client = AgencyHttp.restClient(RealestateTransferOutcomeHandler.AGENCY, endpoint,
                AgencyAuth.staticBearer(RealestateTransferOutcomeHandler.AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        JsonNode data = command.data();
        AgencyJson fields = AgencyJson.ofCommand(COMMAND, data);
        ObjectNode request = mapper.createObjectNode().put("commandId", command.commandId());
        for (String field : TEXT) {
            request.put(field, fields.text(field));
        }
        request.set("area", data.path("area"));
        for (String party : List.of("developer", "buyer")) {
            request.putObject(party).put("name", fields.text(party + ".name"))
                    .put("idType", fields.text(party + ".idType"))
                    .put("idNumber", fields.text(party + ".idNumber"));
        }
        byte[] body = AgencyJson.bytes(mapper, request);
        ResponseEntity<byte[]> answer = AgencyHttp.call(RealestateTransferOutcomeHandler.AGENCY, () -> client.post()
                .uri("/api/v1/new-housing-registrations/sale-contract-filings")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(s -> s.value() == 400 || s.value() == 404, (req, res) -> { })
                .toEntity(byte[].class));
        int status = answer.getStatusCode().value();
        JsonNode receipt = AgencyJson.object(RealestateTransferOutcomeHandler.AGENCY, answer.getBody(), status, mapper);
        if (status == 201 && "FILING_RECORDED".equals(receipt.path("status").asText())) {
            return AgencyResult.applied(receipt.path("filingNo").asText(null));
        }
        if (status == 201) {
            throw new ContractViolationException("realestate answered 201 without recording the filing");
        }
        return RealestateJudicialAnswers.refusal(status, receipt.path("code").asText(""));
    }
}
