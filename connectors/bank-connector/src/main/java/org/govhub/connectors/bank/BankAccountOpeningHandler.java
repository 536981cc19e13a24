package org.govhub.connectors.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.web.client.RestClient;

/**
 * M4: carries out {@code account-opening} at the chosen bank ({@code POST /accounts/openings},
 * contracts/agencies/bank.v1.yaml, signed): the account number is the reference, which the hub
 * returns to the registration system. The hub sends this command only with the enterprise's
 * authorisation on record.
 */
public class BankAccountOpeningHandler implements CommandHandler {

    static final String AGENCY = "bank";
    static final String COMMAND = "account-opening";

    private final RestClient http;
    private final ObjectMapper mapper;

    public BankAccountOpeningHandler(BankConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                BankSignature.interceptor(properties.getClientId(), properties.getClientSecret()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ObjectNode request = mapper.createObjectNode()
                .put("requestNo", command.commandId())
                .put("uscc", AgencyJson.required(command, "uscc"))
                .put("companyName", AgencyJson.required(command, "name"))
                .put("companyType", AgencyJson.required(command, "enterpriseType"))
                .put("registeredAddress", AgencyJson.required(command, "address"));
        AgencyJson.optional(command, "registeredCapital").ifPresent(v -> request.put("registeredCapital", v));
        ObjectNode rep = request.putObject("legalRep")
                .put("name", AgencyJson.required(command, "legalRepresentative.name"))
                .put("idType", AgencyJson.required(command, "legalRepresentative.idType"))
                .put("idNo", AgencyJson.required(command, "legalRepresentative.idNumber"));
        AgencyJson.optional(command, "legalRepresentative.phone").ifPresent(v -> rep.put("mobile", v));
        request.put("bankCode", AgencyJson.required(command, "bank.bankCode"))
                .put("branchName", AgencyJson.required(command, "bank.branchName"));
        JsonNode reply = BankAnswers.call(http, mapper, "/accounts/openings", json(request), command.commandId());
        return switch (reply.path("resultCode").asText()) {
            case "SUCCESS" -> AgencyResult.applied(AgencyJson.text(AGENCY, reply, "accountNo", "^\\d{10,25}$",
                    "an account number is 10 to 25 digits"));
            case "KYC_REFUSED" -> AgencyResult.rejected("KYC_REFUSED",
                    "the legal representative did not pass the bank's customer due diligence");
            case "ACCOUNT_EXISTS" -> AgencyResult.notApplicable("ACCOUNT_EXISTS", "the enterprise already has a basic account");
            case "INVALID_REQUEST" -> AgencyResult.failed("INVALID_REQUEST", "bank refused the request as invalid: "
                    + reply.path("message").asText());
            default -> throw new ContractViolationException("bank answered resultCode "
                    + reply.path("resultCode").asText() + ", which its contract does not document for openings");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bank request", e);
        }
    }
}
