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
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * M4: carries out {@code seal-engraving} at the public security bureau: one filing
 * ({@code POST /seal-filings}, contracts/agencies/publicsecurity.v1.yaml) whose HTTP status is
 * the outcome: 201 filed (the filing number is the reference), 409 refused, 400 malformed.
 */
public class PublicSecuritySealEngravingHandler implements CommandHandler {

    static final String AGENCY = "publicsecurity";
    static final String COMMAND = "seal-engraving";

    private final RestClient http;
    private final ObjectMapper mapper;

    public PublicSecuritySealEngravingHandler(PublicSecurityConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.basic(AGENCY, properties.getUsername(), properties.getPassword()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        String uscc = AgencyJson.required(command, "uscc");
        ObjectNode request = mapper.createObjectNode().put("requestId", command.commandId());
        request.putObject("unit").put("creditCode", uscc).put("name", AgencyJson.required(command, "name"))
                .put("address", AgencyJson.required(command, "address"));
        request.putObject("legalPerson").put("name", AgencyJson.required(command, "legalRepresentative.name"))
                .put("certType", AgencyJson.required(command, "legalRepresentative.idType"))
                .put("certNo", AgencyJson.required(command, "legalRepresentative.idNumber"));
        JsonNode seals = command.data().path("seals");
        if (!seals.isArray() || seals.isEmpty()) {
            throw new InvalidCommandException("seal-engraving data lacks seals");
        }
        request.set("sealTypes", seals);
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri("/seal-filings")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(json(request))
                .retrieve()
                .onStatus(status -> status.value() == 400 || status.value() == 409, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(AGENCY, answer, mapper);
        return switch (answer.getStatusCode().value()) {
            case 201 -> {
                AgencyJson.uscc(AGENCY, reply, "creditCode", uscc);
                if (!reply.path("seals").isArray() || reply.path("seals").size() != seals.size()) {
                    throw new ContractViolationException("publicsecurity answer field seals: one seal code per seal asked for");
                }
                yield AgencyResult.applied(AgencyJson.text(AGENCY, reply, "filingNo", "^GASZ\\d{12}$",
                        "a filing number is GASZ and 12 digits"));
            }
            case 409 -> switch (AgencyJson.text(AGENCY, reply, "error", null, null)) {
                case "SEAL_NAME_TAKEN" -> AgencyResult.rejected("SEAL_NAME_TAKEN",
                        "a seal with this unit name is already filed");
                default -> throw new ContractViolationException("publicsecurity answered 409 with an error its contract"
                        + " does not document for seal filings");
            };
            case 400 -> AgencyResult.failed("INVALID_REQUEST", "publicsecurity refused the request as invalid: "
                    + reply.path("detail").asText());
            default -> throw new ContractViolationException("publicsecurity answered HTTP "
                    + answer.getStatusCode().value() + ", which its contract does not document for seal filings");
        };
    }

    private byte[] json(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the publicsecurity request", e);
        }
    }
}
