package org.govhub.connectors.telecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandData;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.ConnectionApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Carries out {@code connection-application} (M6) at the telecom operator: one installation
 * order, {@code POST /open/v1/install-orders} (contracts/agencies/telecom.v1.yaml), numbered by
 * the command id; HTTP 200 answers carry the outcome in {@code resultCode}.
 */
public class TelecomConnectionApplicationHandler implements CommandHandler {

    static final String AGENCY = "telecom";

    private final RestClient http;
    private final ObjectMapper mapper;

    public TelecomConnectionApplicationHandler(AgencyEndpointProperties endpoint, String apiToken, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, endpoint, AgencyAuth.staticBearer(AGENCY, "api-token", apiToken));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConnectionApplication application = CommandData.connectionApplication(command, AGENCY, mapper);
        byte[] request = AgencyJson.bytes(mapper, order(command.commandId(), application));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post()
                .uri("/open/v1/install-orders")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                // 400 is the documented answer to an invalid request, read below; 5xx stay errors.
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        return outcome(answer);
    }

    /** The platform's order, field by field from what M6 lets the operator have. */
    private ObjectNode order(String commandId, ConnectionApplication a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("transactionId", commandId);
        o.put("channelOrderNo", a.applicationNo());
        if (a.projectCode() != null) {
            o.put("projectCode", a.projectCode());
        }
        o.put("projectName", a.projectName());
        o.put("installAddress", a.address());
        o.put("areaCode", a.divisionCode());
        o.put("acceptDate", a.appliedOn());
        ObjectNode customer = o.putObject("customer");
        customer.put("name", a.applicant().name());
        customer.put("certType", certType(a.applicant().idType()));
        customer.put("certNo", a.applicant().idNumber());
        customer.put("contactPhone", a.applicant().phone());
        JsonNode telecom = a.telecom();
        if (!telecom.path("service").isTextual()) {
            throw new InvalidCommandException("connection-application data lacks [telecom.service]");
        }
        o.put("productType", telecom.get("service").asText());
        if (telecom.path("bandwidthMbps").isIntegralNumber()) {
            o.put("bandwidthMbps", telecom.get("bandwidthMbps").asInt());
        }
        o.put("externalWorks", a.externalWorks());
        return o;
    }

    private static String certType(String idType) {
        return switch (idType) {
            case "RESIDENT_ID" -> "IDCARD";
            case "USCC" -> "BUSINESS_LICENSE";
            default -> throw new InvalidCommandException("connection-application applicant.idType " + idType
                    + " is not known");
        };
    }

    private AgencyResult outcome(ResponseEntity<String> answer) {
        AgencyJson reply = AgencyJson.ofAnswer(AGENCY, AgencyJson.object(AGENCY, answer, mapper));
        String code = reply.text("resultCode");
        int status = answer.getStatusCode().value();
        if (status == 400 && "1001".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "telecom refused the request as invalid: "
                    + reply.text("resultMsg"));
        }
        if (status != 200) {
            throw new ContractViolationException("telecom answered HTTP " + status + " with resultCode " + code
                    + ", which its contract does not document");
        }
        return switch (code) {
            case "0" -> {
                reply.text("promisedDate");
                yield AgencyResult.applied(reply.text("orderId"));
            }
            case "1102" -> AgencyResult.rejected("NO_FIBRE", "the telecom operator has no fibre at that address");
            case "1103" -> AgencyResult.rejected("NOT_READY", "the building is not yet served by the telecom operator");
            default -> throw new ContractViolationException("telecom answered resultCode " + code
                    + ", which its contract does not document");
        };
    }
}
