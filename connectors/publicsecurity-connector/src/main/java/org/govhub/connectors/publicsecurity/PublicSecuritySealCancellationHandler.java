package org.govhub.connectors.publicsecurity;

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
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M5: carries out {@code seal-cancellation} at the public security bureau
 * ({@code POST /seal-filings/cancellations}): 200 cancelled, 404 no filing (nothing to do),
 * 409 refused, 400 malformed.
 */
public class PublicSecuritySealCancellationHandler implements CommandHandler {

    static final String AGENCY = "publicsecurity";
    static final String COMMAND = "seal-cancellation";

    private final RestClient http;
    private final ObjectMapper mapper;

    public PublicSecuritySealCancellationHandler(PublicSecurityConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.basic(AGENCY, properties.getUsername(), properties.getPassword()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        String uscc = AgencyJson.required(command, "uscc");
        ObjectNode request = mapper.createObjectNode().put("requestId", command.commandId()).put("creditCode", uscc)
                .put("unitName", AgencyJson.required(command, "name"))
                .put("cancelDate", AgencyJson.required(command, "deregisteredDate"));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri("/seal-filings/cancellations")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(request))
                .retrieve()
                .onStatus(status -> status.value() == 400 || status.value() == 404 || status.value() == 409,
                        (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        return switch (answer.getStatusCode().value()) {
            case 200 -> {
                AgencyJson.uscc(AGENCY, reply, "creditCode", uscc);
                yield AgencyResult.applied(AgencyJson.text(AGENCY, reply, "cancellationNo", "^GAZX\\d{12}$",
                        "a cancellation number is GAZX and 12 digits"));
            }
            case 404 -> expect(reply, "NO_FILING",
                    AgencyResult.notApplicable("NO_FILING", "the bureau holds no seal filing of it"));
            case 409 -> expect(reply, "SEALS_SEIZED",
                    AgencyResult.rejected("SEALS_SEIZED", "the seals are held in a case and cannot be cancelled"));
            case 400 -> AgencyResult.failed("INVALID_REQUEST", "publicsecurity refused the request as invalid: "
                    + reply.path("detail").asText());
            default -> throw new ContractViolationException("publicsecurity answered HTTP "
                    + answer.getStatusCode().value() + ", which its contract does not document for cancellations");
        };
    }

    private static AgencyResult expect(JsonNode reply, String error, AgencyResult result) {
        if (!error.equals(AgencyJson.text(AGENCY, reply, "error", null, null))) {
            throw new ContractViolationException("publicsecurity answered an error its contract does not document"
                    + " with this status for cancellations");
        }
        return result;
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the publicsecurity request", e);
        }
    }
}
