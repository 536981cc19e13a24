package org.govhub.connectors.water;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
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
 * Carries out {@code connection-application} (M6) at the water utility: one 用水报装申请,
 * {@code POST /bz/sq} (contracts/agencies/water.v1.yaml), in the utility's pinyin JSON, numbered
 * by the command id; HTTP 200 answers carry the outcome in {@code code}.
 */
public class WaterConnectionApplicationHandler implements CommandHandler {

    private final RestClient http;
    private final ObjectMapper mapper;

    public WaterConnectionApplicationHandler(AgencyEndpointProperties endpoint, String apiKey, ObjectMapper mapper) {
        this.http = AgencyHttp.restClient(WaterAccountTransferHandler.AGENCY, endpoint,
                AgencyAuth.apiKey(WaterAccountTransferHandler.AGENCY, WaterAccountTransferHandler.API_KEY_HEADER, apiKey));
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConnectionApplication application = CommandData.connectionApplication(command, "water", mapper);
        byte[] request = AgencyJson.bytes(mapper, request(command.commandId(), application));
        ResponseEntity<String> answer = AgencyHttp.call("water", () -> http.post()
                .uri("/bz/sq")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        return outcome(answer);
    }

    /** 用水报装申请, field by field from what M6 lets the utility have. */
    private ObjectNode request(String commandId, ConnectionApplication a) {
        JsonNode water = a.water();
        if (!water.path("use").isTextual() || !water.path("diameterMm").isIntegralNumber()) {
            throw new InvalidCommandException("connection-application data lacks [water.use, water.diameterMm]");
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("sqbh", commandId);
        o.put("ckbh", a.applicationNo());
        if (a.projectCode() != null) {
            o.put("xmdm", a.projectCode());
        }
        o.put("xmmc", a.projectName());
        o.put("dz", a.address());
        o.put("qxdm", a.divisionCode());
        o.put("slrq", a.appliedOn());
        o.put("sqrmc", a.applicant().name());
        o.put("sqrzjzl", switch (a.applicant().idType()) {
            case "RESIDENT_ID" -> "1";
            case "USCC" -> "7";
            default -> throw new InvalidCommandException("connection-application applicant.idType is not known");
        });
        o.put("sqrzjh", a.applicant().idNumber());
        o.put("lxdh", a.applicant().phone());
        o.put("ysxz", switch (water.get("use").asText()) {
            case "RESIDENTIAL" -> "1";
            case "NON_RESIDENTIAL" -> "2";
            case "SPECIAL" -> "3";
            default -> throw new InvalidCommandException("connection-application water.use is not known");
        });
        o.put("kj", Integer.toString(water.get("diameterMm").asInt()));
        if (water.path("dailyM3").isNumber()) {
            o.put("rysl", water.get("dailyM3").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        o.put("ywxgc", Boolean.TRUE.equals(a.externalWorks()) ? "1" : "0");
        return o;
    }

    private AgencyResult outcome(ResponseEntity<String> answer) {
        AgencyJson reply = AgencyJson.ofAnswer("water", AgencyJson.object("water", answer, mapper));
        String code = reply.text("code");
        int status = answer.getStatusCode().value();
        if (status == 400 && "4001".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "water refused the request as invalid: " + reply.text("msg"));
        }
        if (status != 200) {
            throw new ContractViolationException("water answered HTTP " + status + " with code " + code
                    + ", which its contract does not document");
        }
        return switch (code) {
            case "0000" -> {
                reply.text("data.cnwcrq");
                yield AgencyResult.applied(reply.text("data.bzbh"));
            }
            case "3001" -> AgencyResult.rejected("OUT_OF_AREA", "the address is outside the water network");
            default -> throw new ContractViolationException("water answered code " + code
                    + ", which its contract does not document");
        };
    }
}
