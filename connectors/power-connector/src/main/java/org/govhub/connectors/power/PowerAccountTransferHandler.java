package org.govhub.connectors.power;

import org.govhub.connectors.support.CommandData;
import org.govhub.contracts.command.AccountTransfer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.ClientCredentialsTokens;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code account-transfer} at the power utility (contracts/agencies/power.v1.yaml)
 * in its three steps: find the account 户号 at the unit, 核验 (arrears block the transfer, which is
 * then never requested), 过户.
 */
public class PowerAccountTransferHandler implements CommandHandler {

    static final String AGENCY = "power";
    private static final Pattern CONS_NO = Pattern.compile("^\\d{10}$");

    private final RestClient http;
    private final ObjectMapper mapper;

    /** One answer of the utility: its HTTP status and JSON body. */
    private record Reply(String step, int status, JsonNode body) {
    }

    /** @param tokens the hub's OAuth2 client at the utility, whose bearer token goes with every call */
    public PowerAccountTransferHandler(AgencyEndpointProperties endpoint, ClientCredentialsTokens tokens, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.bearer(tokens));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AccountTransfer transfer = CommandData.accountTransfer(command, mapper);
        // Mapped before the first call, so a command the utility could not take never reaches it.
        byte[] transferRequest = json(PowerRequests.Transfer.of(command.commandId(), transfer));

        Reply account = send("account lookup",
                http.get().uri("/api/v1/accounts?bdcdyh={unit}", transfer.unitNumber()));
        switch (account.status()) {
            case 200 -> { }
            case 404 -> {
                return noAccount(account);
            }
            case 400 -> {
                return invalid(account);
            }
            default -> throw undocumented(account);
        }
        String consNo = text(account, "consNo");
        if (!CONS_NO.matcher(consNo).matches()) {
            throw new ContractViolationException("power account lookup answered a malformed consNo");
        }

        Reply check = send("verification", http.post()
                .uri("/api/v1/accounts/{consNo}/verification", consNo)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(PowerRequests.Verification.forTransfer(command.commandId()))));
        switch (check.status()) {
            case 200 -> { }
            case 404 -> {
                return noAccount(check);
            }
            case 400 -> {
                return invalid(check);
            }
            default -> throw undocumented(check);
        }
        if (!check.body().path("transferAllowed").isBoolean()) {
            throw new ContractViolationException("power verification answer lacks the field transferAllowed");
        }
        if (!check.body().get("transferAllowed").asBoolean()) {
            String refusal = text(check, "refusalCode");
            if (!"ARREARS".equals(refusal)) {
                throw new ContractViolationException("power verification refused with " + refusal
                        + ", which its contract does not document");
            }
            return arrears();
        }

        Reply done = send("transfer", http.post()
                .uri("/api/v1/accounts/{consNo}/transfer", consNo)
                .contentType(MediaType.APPLICATION_JSON)
                .body(transferRequest));
        return switch (done.status()) {
            case 200 -> AgencyResult.applied(text(done, "workOrderNo"));
            case 409 -> {
                expectError(done, "ARREARS_OUTSTANDING");
                yield arrears();
            }
            case 404 -> noAccount(done);
            case 400 -> invalid(done);
            default -> throw undocumented(done);
        };
    }

    /** 4xx answers are read as the contract documents them per step; 5xx and transport failures stay transient. */
    private Reply send(String step, RestClient.RequestHeadersSpec<?> request) throws AgencyUnavailableException {
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> request
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (req, res) -> { })
                .toEntity(String.class));
        return new Reply(step, answer.getStatusCode().value(), body(step, answer));
    }

    private AgencyResult noAccount(Reply reply) {
        expectError(reply, "ACCOUNT_NOT_FOUND");
        return AgencyResult.notApplicable("NO_ACCOUNT", "no power account at that property unit");
    }

    private AgencyResult invalid(Reply reply) {
        expectError(reply, "INVALID_PARAMETER");
        return AgencyResult.failed("INVALID_REQUEST",
                "power refused the " + reply.step() + " as invalid: " + text(reply, "message"));
    }

    private static AgencyResult arrears() {
        return AgencyResult.rejected("ARREARS", "the power account has unpaid arrears");
    }

    private static void expectError(Reply reply, String errorCode) {
        String actual = text(reply, "errorCode");
        if (!errorCode.equals(actual)) {
            throw new ContractViolationException("power answered the " + reply.step() + " with HTTP " + reply.status()
                    + " and errorCode " + actual + " instead of " + errorCode);
        }
    }

    private static ContractViolationException undocumented(Reply reply) {
        return new ContractViolationException("power answered the " + reply.step() + " with HTTP " + reply.status()
                + ", which its contract does not document");
    }

    private JsonNode body(String step, ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException("power answered the " + step + " with content type " + type
                    + " instead of JSON");
        }
        try {
            JsonNode body = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (body == null || !body.isObject()) {
                throw new ContractViolationException("power answered the " + step + " without a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException("power answered the " + step + " with unparsable JSON", e);
        }
    }

    private static String text(Reply reply, String field) {
        JsonNode value = reply.body().get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ContractViolationException("power " + reply.step() + " answer lacks the field " + field);
        }
        return value.asText();
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the power request", e);
        }
    }
}
