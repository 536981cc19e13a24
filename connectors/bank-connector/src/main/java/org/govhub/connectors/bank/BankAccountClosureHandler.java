package org.govhub.connectors.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.web.client.RestClient;

/**
 * M5: carries out {@code account-closure} at the bank ({@code POST /accounts/closures}): funds
 * left in an account are a refusal, no account is nothing to do; the closed accounts are the reference.
 */
public class BankAccountClosureHandler implements CommandHandler {

    static final String AGENCY = "bank";
    static final String COMMAND = "account-closure";

    private final RestClient http;
    private final ObjectMapper mapper;

    public BankAccountClosureHandler(BankConnectorProperties properties, ObjectMapper mapper) {
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
                .put("deregisteredDate", AgencyJson.required(command, "deregisteredDate"));
        JsonNode reply = BankAnswers.call(http, mapper, "/accounts/closures", json(request), command.commandId());
        return switch (reply.path("resultCode").asText()) {
            case "SUCCESS" -> {
                JsonNode closed = reply.path("closedAccounts");
                if (!closed.isArray() || closed.isEmpty()) {
                    throw new ContractViolationException("bank answer field closedAccounts: at least one account closed");
                }
                List<String> accounts = new ArrayList<>();
                for (JsonNode a : closed) {
                    if (!a.isTextual() || !a.asText().matches("^\\d{10,25}$")) {
                        throw new ContractViolationException(
                                "bank answer field closedAccounts: each is an account number of 10 to 25 digits");
                    }
                    accounts.add(a.asText());
                }
                yield AgencyResult.applied(String.join(",", accounts));
            }
            case "BALANCE_NOT_ZERO" -> AgencyResult.rejected("BALANCE_NOT_ZERO", "an account still holds funds");
            case "NO_ACCOUNT" -> AgencyResult.notApplicable("NO_ACCOUNT", "the enterprise has no account at this bank");
            case "INVALID_REQUEST" -> AgencyResult.failed("INVALID_REQUEST", "bank refused the request as invalid: "
                    + reply.path("message").asText());
            default -> throw new ContractViolationException("bank answered resultCode "
                    + reply.path("resultCode").asText() + ", which its contract does not document for closures");
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
