package org.govhub.connectors.telecom;

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

/** M6's construction permits at telecom: the standard contract checks of {@code POST /open/v1/construction-projects}, and the exact request. */
class TelecomConstructionPermitContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    TelecomConstructionPermitContractTest() {
        super("contracts/agencies/telecom.v1.yaml", "/telecom", "POST", "/open/v1/construction-projects");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new TelecomConstructionPermitHandler(endpoint, "test-telecom-token", mapper);
    }

    @Override
    protected AgencyCommand command() {
        return MandateCommands.fromExample(mapper, "construction-permit-issued.cloudevent.json", "M6", "construction-permit", "telecom");
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/registered", Expected.applied(), "200/noFibre", Expected.rejected("NO_FIBRE"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theAgencyGetsTheProjectInItsOwnFields() throws Exception {
        stub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/telecom/open/v1/construction-projects"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(SUCCESS_STATUS).withHeader("Content-Type", "application/json").withBody(SUCCESS)));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/telecom/open/v1/construction-projects"))
                .withRequestBody(equalToJson(EXPECTED.formatted(MandateCommands.commandId("M6", "telecom", "construction-permit")))));
    }

    private static final int SUCCESS_STATUS = 200;
    private static final String SUCCESS = """
            {"resultCode":"0","resultMsg":"登记成功","projectId":"DXXM2026112500000001"}""";
    private static final String EXPECTED = """
            {"transactionId":"%s","permitNo":"371526202611250101","projectCode":"2611-371526-04-01-000123",
             "projectName":"高唐县鱼丘湖街道金城花园二期","siteAddress":"高唐县鱼丘湖街道金城路以南、官道街以东",
             "areaCode":"371526","buildingUse":"RESIDENTIAL","issueDate":"2026-11-25","completionDate":"2028-06-30",
             "developer":{"name":"高唐县示例商贸有限公司","creditCode":"91371526MA3C11116D"},"households":640}""";
}
