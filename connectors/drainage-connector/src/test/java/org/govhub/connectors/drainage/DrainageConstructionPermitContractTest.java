package org.govhub.connectors.drainage;

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

/** M6's construction permits at drainage: the standard contract checks of {@code POST /api/construction-permits}, and the exact request. */
class DrainageConstructionPermitContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    DrainageConstructionPermitContractTest() {
        super("contracts/agencies/drainage.v1.yaml", "/drainage", "POST", "/api/construction-permits");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new DrainageConstructionPermitHandler(endpoint, "govhub", "test-drainage-password", mapper);
    }

    @Override
    protected AgencyCommand command() {
        return MandateCommands.fromExample(mapper, "construction-permit-issued.cloudevent.json", "M6", "construction-permit", "drainage");
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("201/registered", Expected.applied(), "422/noSewer", Expected.rejected("NO_SEWER"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theAgencyGetsTheProjectInItsOwnFields() throws Exception {
        stub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/drainage/api/construction-permits"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(SUCCESS_STATUS).withHeader("Content-Type", "application/json").withBody(SUCCESS)));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/drainage/api/construction-permits"))
                .withRequestBody(equalToJson(EXPECTED.formatted(MandateCommands.commandId("M6", "drainage", "construction-permit")))));
    }

    private static final int SUCCESS_STATUS = 201;
    private static final String SUCCESS = """
            {"success":true,"registrationNo":"PSXK-20261125-0001","registeredAt":"2026-11-25T10:15:00+08:00"}""";
    private static final String EXPECTED = """
            {"requestNo":"%s","permitNo":"371526202611250101","projectCode":"2611-371526-04-01-000123",
             "projectName":"高唐县鱼丘湖街道金城花园二期","address":"高唐县鱼丘湖街道金城路以南、官道街以东",
             "divisionCode":"371526","buildingUse":"RESIDENTIAL","issuedOn":"2026-11-25","completionOn":"2028-06-30",
             "builderName":"高唐县示例商贸有限公司","builderUscc":"91371526MA3C11116D","floorAreaM2":86500.5}""";
}
