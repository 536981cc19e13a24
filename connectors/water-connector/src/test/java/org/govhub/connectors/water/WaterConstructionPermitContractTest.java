package org.govhub.connectors.water;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.govhub.connectors.support.testkit.MandateCommands;

/** M6's construction permits at water: the standard contract checks of {@code POST /bz/xkz}, and the exact request. */
class WaterConstructionPermitContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    WaterConstructionPermitContractTest() {
        super("contracts/agencies/water.v1.yaml", "/water", "POST", "/bz/xkz");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new WaterConstructionPermitHandler(endpoint, "test-water-key", mapper);
    }

    @Override
    protected AgencyCommand command() {
        return MandateCommands.fromExample(mapper, "construction-permit-issued.cloudevent.json", "M6", "construction-permit", "water");
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/registered", Expected.applied(), "200/outOfArea", Expected.rejected("OUT_OF_AREA"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theAgencyGetsTheProjectInItsOwnFields() throws Exception {
        stub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/water/bz/xkz"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(SUCCESS_STATUS).withHeader("Content-Type", "application/json").withBody(SUCCESS)));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/water/bz/xkz"))
                .withRequestBody(equalToJson(EXPECTED.formatted(MandateCommands.commandId("M6", "water", "construction-permit")))));
    }

    private static final int SUCCESS_STATUS = 200;
    private static final String SUCCESS = """
            {"code":"0000","msg":"登记成功","data":{"sqbh":"x","qzbh":"SWQZ20261125000001"}}""";
    private static final String EXPECTED = """
            {"sqbh":"%s","xkzh":"371526202611250101","xmdm":"2611-371526-04-01-000123","xmmc":"高唐县鱼丘湖街道金城花园二期",
             "dz":"高唐县鱼丘湖街道金城路以南、官道街以东","qxdm":"371526","jzyt":"RESIDENTIAL","fzrq":"2026-11-25",
             "jgrq":"2028-06-30","jsdw":"高唐县示例商贸有限公司","jsdwdm":"91371526MA3C11116D","jzmj":"86500.50","hs":"640"}""";
}
