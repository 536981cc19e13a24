package org.govhub.connectors.tax;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
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
 * M5: carries out {@code taxpayer-deregistration} at the tax bureau: one 清税注销 call
 * ({@code POST /api/nsrzx}); unpaid tax is a refusal, no registration is nothing to do.
 */
public class TaxTaxpayerDeregistrationHandler implements CommandHandler {

    static final String AGENCY = "tax";
    static final String COMMAND = "taxpayer-deregistration";

    private final RestClient http;
    private final ObjectMapper mapper;

    public TaxTaxpayerDeregistrationHandler(TaxConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.apiKey(AGENCY, "X-Tax-App-Key", properties.getAppKey()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ObjectNode request = mapper.createObjectNode()
                .put("lsh", command.commandId())
                .put("nsrsbh", AgencyJson.required(command, "uscc"))
                .put("nsrmc", AgencyJson.required(command, "name"))
                .put("zxlx", switch (AgencyJson.required(command, "procedure")) {
                    case "SIMPLIFIED" -> "1";
                    case "GENERAL" -> "2";
                    default -> throw new InvalidCommandException("taxpayer-deregistration procedure is not one the schema allows");
                })
                .put("zxyy", AgencyJson.required(command, "reason"))
                .put("zxrq", AgencyJson.required(command, "deregisteredDate"));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri("/api/nsrzx")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(request))
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        String code = AgencyJson.text(AGENCY, reply, "code", "^\\d{2}$", "a two-digit code");
        if (answer.getStatusCode().value() == 400 && "40".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "tax refused the request as invalid: " + reply.path("msg").asText());
        }
        if (answer.getStatusCode().value() != 200) {
            throw new ContractViolationException("tax answered HTTP " + answer.getStatusCode().value()
                    + " with code " + code + ", which its contract does not document");
        }
        return switch (code) {
            case "00" -> AgencyResult.applied(AgencyJson.text(AGENCY, reply, "data.qsbh", "^QS\\d{16}$",
                    "清税编号 is QS and 16 digits"));
            case "31" -> AgencyResult.rejected("TAX_NOT_CLEARED", "the enterprise has unpaid tax");
            case "32" -> AgencyResult.notApplicable("NOT_REGISTERED", "the tax bureau holds no registration of it");
            default -> throw new ContractViolationException("tax answered code " + code
                    + ", which its contract does not document for nsrzx");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the tax request", e);
        }
    }
}
