package org.govhub.connectors.heat;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;

/** M6 at the heating company: the standard contract checks of 供热报装 (apply.do), and the exact signed form. */
class HeatConnectionApplicationContractTest extends AgencyConnectorContract {

    private static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M6:heat:connection-application";
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_764_036_000_000L), ZoneOffset.UTC);
    private final ObjectMapper mapper = new ObjectMapper();

    HeatConnectionApplicationContractTest() {
        super("contracts/agencies/heat.v1.yaml", "/heat", "POST", "/api/apply.do");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new HeatConnectionApplicationHandler(endpoint, "hub", "test-heat-secret", CLOCK, mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/filed", Expected.applied(), "200/outOfArea", Expected.rejected("OUT_OF_AREA"),
                "200/badParameters", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theCompanyGetsExactlyItsPartInASignedForm() throws Exception {
        stub.server().stubFor(post(urlPathEqualTo("/heat/api/apply.do"))
                .willReturn(okJson("{\"ret\":0,\"msg\":\"受理成功\",\"bzbh\":\"RLBZ2026112500001\"}")));

        assertThat(handler(stub.endpoint(Duration.ofSeconds(30))).handle(command()).agencyReference())
                .isEqualTo("RLBZ2026112500001");

        var request = stub.server().getAllServeEvents().get(0).getRequest();
        Map<String, String> form = new TreeMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nv = pair.split("=", 2);
            form.put(URLDecoder.decode(nv[0], StandardCharsets.UTF_8), URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
        }
        assertThat(form).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("reqNo", COMMAND_ID),
                Map.entry("ckbh", "GTBZ20261125001"), Map.entry("xmmc", "高唐县鱼丘湖街道金城路16号商铺"),
                Map.entry("dz", "高唐县鱼丘湖街道金城路16号"), Map.entry("qxdm", "371526"), Map.entry("slrq", "20261125"),
                Map.entry("sqrmc", "高唐县示例商贸有限公司"), Map.entry("sqrzjh", "91371526MA3C11116D"),
                Map.entry("lxdh", "13905351234"), Map.entry("grmj", "420.00"), Map.entry("ywgc", "1"))));
        assertThat(request.queryParameter("appId").firstValue()).isEqualTo("hub");
        assertThat(request.queryParameter("timestamp").firstValue()).isEqualTo("1764036000000");
        assertThat(request.queryParameter("sign").firstValue()).matches("^[0-9a-f]{64}$");
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
        data.putObject("heat").put("areaM2", 420);
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M6", "heat",
                "connection-application", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
