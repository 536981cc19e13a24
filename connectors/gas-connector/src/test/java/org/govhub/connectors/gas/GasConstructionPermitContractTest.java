package org.govhub.connectors.gas;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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

/** M6's construction permits at the gas company: the standard contract checks of 施工许可通知, and the exact XML. */
class GasConstructionPermitContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    GasConstructionPermitContractTest() {
        super("contracts/agencies/gas.v1.yaml", "/gas", "POST", "/services/ConstructionPermit");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new GasConstructionPermitHandler(endpoint, "hub", "test-gas-password");
    }

    @Override
    protected AgencyCommand command() {
        return MandateCommands.fromExample(mapper, "construction-permit-issued.cloudevent.json", "M6", "construction-permit", "gas");
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/registered", Expected.applied(), "200/noGasMain", Expected.rejected("NO_GAS_MAIN"),
                "400/malformed", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theCompanyGetsTheProjectInItsOwnElements() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/gas/services/ConstructionPermit")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml;charset=UTF-8").withBody("""
                <GasPermitNoticeResponse><ResultCode>0000</ResultCode><ResultMessage>登记成功</ResultMessage>
                <ServiceNo>RQQZ20261125000001</ServiceNo></GasPermitNoticeResponse>""")));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/gas/services/ConstructionPermit"))
                .withRequestBody(equalToXml("""
                <GasPermitNotice><RequestId>%s</RequestId><PermitNo>371526202611250101</PermitNo>
                <ProjectCode>2611-371526-04-01-000123</ProjectCode><ProjectName>高唐县鱼丘湖街道金城花园二期</ProjectName>
                <Address>高唐县鱼丘湖街道金城路以南、官道街以东</Address><DivisionCode>371526</DivisionCode>
                <BuildingUse>RESIDENTIAL</BuildingUse><IssueDate>2026-11-25</IssueDate><CompletionDate>2028-06-30</CompletionDate>
                <Builder><Name>高唐县示例商贸有限公司</Name><CreditCode>91371526MA3C11116D</CreditCode></Builder>
                <Households>640</Households></GasPermitNotice>""".formatted(MandateCommands.commandId("M6", "gas", "construction-permit")))));
    }
}
