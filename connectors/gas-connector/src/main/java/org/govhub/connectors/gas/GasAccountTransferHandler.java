package org.govhub.connectors.gas;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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
 * Carries out {@code account-transfer} at the gas company: one {@code <GasTransferRequest>} to
 * {@code POST /services/AccountTransfer}, keyed by the command id so that a retry is answered,
 * not applied, a second time. Sends only what contracts/agencies/gas.v1.yaml names.
 */
public class GasAccountTransferHandler implements CommandHandler {

    static final String AGENCY = "gas";
    private static final MediaType XML_UTF8 = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final RestClient http;
    private final GasXml xml = new GasXml();

    public GasAccountTransferHandler(AgencyEndpointProperties endpoint, String username, String password) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.basic(AGENCY, username, password));
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        byte[] request = xml.write(toRequest(command));
        ResponseEntity<byte[]> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/services/AccountTransfer")
                .contentType(XML_UTF8)
                .accept(MediaType.APPLICATION_XML)
                .body(request)
                .retrieve()
                // A 400 is a documented answer (ResultCode 9001); AgencyHttp maps every other error status.
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(byte[].class));
        return toResult(answer);
    }

    static GasTransferRequest toRequest(AgencyCommand command) {
        JsonNode data = command.data();
        JsonNode newOwner = data.path("newOwner");
        return new GasTransferRequest(
                command.commandId(),
                required(data, "unitNumber"),
                required(data, "address"),
                required(data, "transferDate"),
                new GasTransferRequest.NewCustomer(
                        required(newOwner, "name"),
                        certType(required(newOwner, "idType")),
                        required(newOwner, "idNumber"),
                        newOwner.path("phone").isTextual() ? newOwner.path("phone").asText() : null),
                new GasTransferRequest.OldCustomer(required(data.path("previousOwner"), "name")));
    }

    private AgencyResult toResult(ResponseEntity<byte[]> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML))) {
            throw new ContractViolationException("gas answered content type " + type + " instead of application/xml");
        }
        GasTransferResponse response = xml.readResponse(answer.getBody());
        String code = present(response.resultCode(), "ResultCode");
        present(response.resultMessage(), "ResultMessage");
        int status = answer.getStatusCode().value();
        if (status == 400 && GasTransferResponse.MALFORMED_REQUEST.equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "gas refused the request as malformed (ResultCode 9001)");
        }
        if (status != 200) {
            throw new ContractViolationException("gas answered HTTP " + status + " with ResultCode " + code);
        }
        return switch (code) {
            case GasTransferResponse.TRANSFERRED -> {
                present(response.accountNo(), "AccountNo");
                yield AgencyResult.applied(present(response.orderNo(), "OrderNo"));
            }
            case GasTransferResponse.NO_ACCOUNT ->
                    AgencyResult.notApplicable("NO_ACCOUNT", "no gas account at this property unit (ResultCode 1001)");
            case GasTransferResponse.ARREARS ->
                    AgencyResult.rejected("ARREARS", "the gas account has unpaid bills (ResultCode 1002)");
            default -> throw new ContractViolationException("gas answered HTTP 200 with ResultCode " + code
                    + ", which its contract does not define there");
        };
    }

    private static String present(String value, String element) {
        if (value == null || value.isBlank()) {
            throw new ContractViolationException("gas answered without " + element);
        }
        return value;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCommandException("account-transfer data lacks " + field);
        }
        return value.asText();
    }

    private static String certType(String idType) {
        return switch (idType) {
            case "RESIDENT_ID" -> GasTransferRequest.CERT_RESIDENT_ID;
            case "USCC" -> GasTransferRequest.CERT_USCC;
            default -> throw new InvalidCommandException("account-transfer data has an unknown idType");
        };
    }
}
