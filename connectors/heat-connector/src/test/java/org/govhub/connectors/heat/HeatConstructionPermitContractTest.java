package org.govhub.connectors.heat;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.govhub.connectors.support.testkit.MandateCommands;

/** M6's construction permits at the heating company: the standard contract checks of permit.do, and the exact form. */
class HeatConstructionPermitContractTest extends AgencyConnectorContract {

    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_764_036_000_000L), ZoneOffset.UTC);
    private final ObjectMapper mapper = new ObjectMapper();

    HeatConstructionPermitContractTest() {
        super("contracts/agencies/heat.v1.yaml", "/heat", "POST", "/api/permit.do");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new HeatConstructionPermitHandler(endpoint, "hub", "test-heat-secret", CLOCK);
    }

    @Override
    protected AgencyCommand command() {
        return MandateCommands.fromExample(mapper, "construction-permit-issued.cloudevent.json", "M6", "construction-permit", "heat");
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/registered", Expected.applied(), "200/outOfArea", Expected.rejected("OUT_OF_AREA"),
                "200/badParameters", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theCompanyGetsTheProjectInASignedFormWithoutDwellings() throws Exception {
        stub.server().stubFor(post(urlPathEqualTo("/heat/api/permit.do"))
                .willReturn(okJson("{\"ret\":0,\"msg\":\"登记成功\",\"djbh\":\"RLQZ2026112500001\"}")));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        Map<String, String> form = new TreeMap<>();
        for (String pair : stub.server().getAllServeEvents().get(0).getRequest().getBodyAsString().split("&")) {
            String[] nv = pair.split("=", 2);
            form.put(URLDecoder.decode(nv[0], StandardCharsets.UTF_8), URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
        }
        assertThat(form).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("reqNo", MandateCommands.commandId("M6", "heat", "construction-permit")),
                Map.entry("xkzh", "371526202611250101"), Map.entry("xmdm", "2611-371526-04-01-000123"),
                Map.entry("xmmc", "高唐县鱼丘湖街道金城花园二期"), Map.entry("dz", "高唐县鱼丘湖街道金城路以南、官道街以东"),
                Map.entry("qxdm", "371526"), Map.entry("jzyt", "RESIDENTIAL"), Map.entry("fzrq", "20261125"),
                Map.entry("jgrq", "20280630"), Map.entry("jsdw", "高唐县示例商贸有限公司"),
                Map.entry("jsdwdm", "91371526MA3C11116D"), Map.entry("jzmj", "86500.50"))));
    }
}
