package org.govhub.connectors.water;

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
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;

/** M6 at the water utility: the standard contract checks of 用水报装申请, and the exact request. */
class WaterConnectionApplicationContractTest extends AgencyConnectorContract {

    private static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M6:water:connection-application";
    private final ObjectMapper mapper = new ObjectMapper();

    WaterConnectionApplicationContractTest() {
        super("contracts/agencies/water.v1.yaml", "/water", "POST", "/bz/sq");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new WaterConnectionApplicationHandler(endpoint, "test-water-key", mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/accepted", Expected.applied(), "200/outOfArea", Expected.rejected("OUT_OF_AREA"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theUtilityGetsExactlyItsPartInItsOwnFields() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/water/bz/sq")).willReturn(okJson("""
                {"code":"0000","msg":"受理成功","data":{"sqbh":"%s","bzbh":"SWBZ20261125000001","cnwcrq":"2026-11-30"}}"""
                .formatted(COMMAND_ID))));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/water/bz/sq")).withRequestBody(equalToJson("""
                {"sqbh":"%s","ckbh":"GTBZ20261125001","xmmc":"高唐县鱼丘湖街道金城路16号商铺",
                 "dz":"高唐县鱼丘湖街道金城路16号","qxdm":"371526","slrq":"2026-11-25",
                 "sqrmc":"高唐县示例商贸有限公司","sqrzjzl":"7","sqrzjh":"91371526MA3C11116D","lxdh":"13905351234",
                 "ysxz":"2","kj":"25","rysl":"3.50","ywxgc":"1"}""".formatted(COMMAND_ID))));
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
        data.putObject("water").put("use", "NON_RESIDENTIAL").put("diameterMm", 25).put("dailyM3", 3.5);
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M6", "water",
                "connection-application", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
