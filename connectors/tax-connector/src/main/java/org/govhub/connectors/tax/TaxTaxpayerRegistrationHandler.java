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
 * M4: carries out {@code taxpayer-registration} at the tax bureau: one 新办纳税人登记 call
 * ({@code POST /api/nsrdj}, contracts/agencies/tax.v1.yaml) whose HTTP 200 answers carry the
 * outcome in {@code code}; the registration sequence number (登记序号) is the reference.
 */
public class TaxTaxpayerRegistrationHandler implements CommandHandler {

    static final String AGENCY = "tax";
    static final String COMMAND = "taxpayer-registration";

    private final RestClient http;
    private final ObjectMapper mapper;

    public TaxTaxpayerRegistrationHandler(TaxConnectorProperties properties, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(AGENCY, properties,
                AgencyAuth.apiKey(AGENCY, "X-Tax-App-Key", properties.getAppKey()));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        String uscc = AgencyJson.required(command, "uscc");
        ObjectNode request = mapper.createObjectNode()
                .put("lsh", command.commandId())
                .put("nsrsbh", uscc)
                .put("nsrmc", AgencyJson.required(command, "name"))
                .put("djzclx", registrationType(AgencyJson.required(command, "enterpriseType")))
                .put("scjydz", AgencyJson.required(command, "address"))
                .put("xzqhdm", AgencyJson.required(command, "divisionCode"))
                .put("kyrq", AgencyJson.required(command, "establishedDate"))
                .put("fddbrxm", AgencyJson.required(command, "legalRepresentative.name"))
                .put("fddbrsfzjzl", "201")
                .put("fddbrsfzjhm", AgencyJson.required(command, "legalRepresentative.idNumber"))
                .put("sqfp", asksForInvoices(command) ? "Y" : "N");
        AgencyJson.optional(command, "businessScope").ifPresent(v -> request.put("jyfw", v));
        AgencyJson.optional(command, "registeredCapital").ifPresent(v -> request.put("zczb", v));
        AgencyJson.optional(command, "legalRepresentative.phone").ifPresent(v -> request.put("fddbrlxdh", v));
        ResponseEntity<String> answer = AgencyHttp.call(AGENCY, () -> http.post().uri("/api/nsrdj")
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
            case "00" -> {
                AgencyJson.uscc(AGENCY, reply, "data.nsrsbh", uscc);
                yield AgencyResult.applied(AgencyJson.text(AGENCY, reply, "data.djxh", "^\\d{20}$",
                        "登记序号 is 20 digits"));
            }
            case "21" -> AgencyResult.rejected("REPRESENTATIVE_BLACKLISTED",
                    "the legal representative is on the list of serious tax-law violators");
            case "22" -> AgencyResult.notApplicable("ALREADY_REGISTERED", "the enterprise is already a registered taxpayer");
            default -> throw new ContractViolationException("tax answered code " + code
                    + ", which its contract does not document for nsrdj");
        };
    }

    private static boolean asksForInvoices(AgencyCommand command) {
        JsonNode services = command.data().path("services");
        for (JsonNode s : services) {
            if ("INVOICE".equals(s.asText())) {
                return true;
            }
        }
        return false;
    }

    /** 登记注册类型 as the tax system codes it. */
    static String registrationType(String enterpriseType) {
        return switch (enterpriseType) {
            case "LIMITED_LIABILITY_COMPANY" -> "173";
            case "JOINT_STOCK_COMPANY" -> "160";
            case "SOLE_PROPRIETORSHIP" -> "171";
            case "PARTNERSHIP" -> "175";
            case "FARMERS_COOPERATIVE" -> "190";
            default -> throw new InvalidCommandException("taxpayer-registration enterpriseType is not one the schema allows");
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
