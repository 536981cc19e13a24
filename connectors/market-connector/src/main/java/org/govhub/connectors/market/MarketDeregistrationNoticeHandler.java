package org.govhub.connectors.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * M5: carries out {@code deregistration-notice} at market supervision
 * ({@code POST /supervision/deregistrations}, contracts/agencies/market.v1.yaml): the
 * enterprise leaves the supervision directories with the permits cancelled with its licence.
 */
public class MarketDeregistrationNoticeHandler implements CommandHandler {

    static final String AGENCY = "market";
    static final String COMMAND = "deregistration-notice";

    private final RestClient http;
    private final ObjectMapper mapper;

    public MarketDeregistrationNoticeHandler(MarketConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties, AgencyAuth.apiKey(AGENCY, "Authorization",
                "APPCODE " + AgencyAuth.required(AGENCY, "app-code", properties.getAppCode())));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ObjectNode request = mapper.createObjectNode()
                .put("bizId", command.commandId())
                .put("entCode", AgencyJson.required(command, "uscc"))
                .put("entName", AgencyJson.required(command, "name"))
                .put("cancelType", AgencyJson.required(command, "procedure"))
                .put("cancelDate", AgencyJson.required(command, "deregisteredDate"));
        JsonNode permits = command.data().path("permits");
        if (!permits.isArray()) {
            throw new InvalidCommandException("deregistration-notice data lacks permits");
        }
        ArrayNode licences = request.putArray("licences");
        for (JsonNode p : permits) {
            ObjectNode l = licences.addObject().put("licenceNo", p.path("permitNo").asText())
                    .put("licenceType", p.path("type").asText());
            if (p.path("issuer").isTextual()) {
                l.put("issuer", p.path("issuer").asText());
            }
        }
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri("/supervision/deregistrations")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(request))
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        if (!reply.path("success").isBoolean()) {
            throw new ContractViolationException("market answer field success: must be true or false");
        }
        if (reply.path("success").asBoolean()) {
            if (answer.getStatusCode().value() != 200) {
                throw new ContractViolationException("market answered success with HTTP " + answer.getStatusCode().value());
            }
            return AgencyResult.applied(AgencyJson.text(AGENCY, reply, "data.recordId", "^SCJG-ZX-\\d{4}-\\d{6}$",
                    "a record id is SCJG-ZX-<year>-<6 digits>"));
        }
        String error = AgencyJson.text(AGENCY, reply, "errorCode", null, null);
        return switch (error) {
            case "UNDER_INVESTIGATION" -> AgencyResult.rejected("UNDER_INVESTIGATION",
                    "market supervision has an open investigation of the enterprise");
            case "NOT_IN_DIRECTORY" -> AgencyResult.notApplicable("NOT_IN_DIRECTORY",
                    "the enterprise is not in the supervision directory");
            case "INVALID_REQUEST" -> AgencyResult.failed("INVALID_REQUEST", "market refused the request as invalid: "
                    + reply.path("errorMsg").asText());
            default -> throw new ContractViolationException("market answered errorCode " + error
                    + ", which its contract does not document");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the market request", e);
        }
    }
}
