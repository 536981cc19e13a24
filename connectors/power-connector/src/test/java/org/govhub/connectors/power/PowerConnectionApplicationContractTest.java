package org.govhub.connectors.power;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;

/** M6 at the power company: the standard contract checks of 业扩报装申请, and the exact request. */
class PowerConnectionApplicationContractTest extends AgencyConnectorContract {

    private static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M6:power:connection-application";
    private final ObjectMapper mapper = new ObjectMapper();

    PowerConnectionApplicationContractTest() {
        super("contracts/agencies/power.v1.yaml", "/power", "POST", "/api/v1/connection-applications");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        // The bearer token as the client-credentials source hands it out (PowerAccountTransferHandlerTest covers the fetch).
        return new PowerConnectionApplicationHandler(endpoint, AgencyAuth.staticBearer("power", "token", "tok-1"), mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/accepted", Expected.applied(), "422/outOfArea", Expected.rejected("OUT_OF_AREA"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theCompanyGetsExactlyItsPartInItsOwnFieldsWithTheBearerToken() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/power/api/v1/connection-applications")).willReturn(okJson("""
                {"appNo":"YK20261125000001","requestId":"%s","status":"ACCEPTED","promisedDate":"2026-11-30"}"""
                .formatted(COMMAND_ID))));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/power/api/v1/connection-applications"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withRequestBody(equalToJson("""
                {"requestId":"%s","windowAppNo":"GTBZ20261125001","projectName":"高唐县鱼丘湖街道金城路16号商铺",
                 "elecAddr":"高唐县鱼丘湖街道金城路16号","areaCode":"371526","acceptDate":"2026-11-25",
                 "custName":"高唐县示例商贸有限公司","certType":"UNIFIED_SOCIAL_CREDIT_CODE","certNo":"91371526MA3C11116D",
                 "mobile":"13905351234","capacityKva":50,"voltageLevel":"380V","externalLine":true}""".formatted(COMMAND_ID))));
    }

    @Override
    protected AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode()
                .put("applicationNo", "GTBZ20261125001")
                .put("projectName", "高唐县鱼丘湖街道金城路16号商铺")
                .put("address", "高唐县鱼丘湖街道金城路16号")
                .put("divisionCode", "371526")
                .put("appliedOn", "2026-11-25")
                .put("externalWorks", true);
        data.putObject("applicant").put("name", "高唐县示例商贸有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C11116D").put("phone", "13905351234");
        data.putObject("power").put("capacityKva", 50).put("voltage", "380V");
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M6", "power",
                "connection-application", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
