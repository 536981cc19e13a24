package org.govhub.connectors.gas;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
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

/** M6 at the gas company: the standard contract checks of 用气报装, and the exact XML sent. */
class GasConnectionApplicationContractTest extends AgencyConnectorContract {

    private static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M6:gas:connection-application";
    private final ObjectMapper mapper = new ObjectMapper();

    GasConnectionApplicationContractTest() {
        super("contracts/agencies/gas.v1.yaml", "/gas", "POST", "/services/ConnectionApplication");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new GasConnectionApplicationHandler(endpoint, "hub", "test-gas-password", mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/accepted", Expected.applied(), "200/noGasMain", Expected.rejected("NO_GAS_MAIN"),
                "400/malformed", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theCompanyGetsExactlyItsPartInItsOwnElements() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/gas/services/ConnectionApplication")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml;charset=UTF-8").withBody("""
                <GasConnectionResponse><ResultCode>0000</ResultCode><ResultMessage>受理成功</ResultMessage>
                <ApplicationNo>RQBZ20261125000001</ApplicationNo></GasConnectionResponse>""")));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/gas/services/ConnectionApplication"))
                .withRequestBody(equalToXml("""
                <GasConnectionRequest><RequestId>%s</RequestId><WindowNo>GTBZ20261125001</WindowNo>
                <ProjectName>高唐县鱼丘湖街道金城路16号商铺</ProjectName><Address>高唐县鱼丘湖街道金城路16号</Address>
                <DivisionCode>371526</DivisionCode><AcceptDate>2026-11-25</AcceptDate>
                <Applicant><Name>高唐县示例商贸有限公司</Name><CertType>02</CertType><CertNo>91371526MA3C11116D</CertNo>
                <Mobile>13905351234</Mobile></Applicant><GasUse>02</GasUse><PeakFlow>12.00</PeakFlow>
                <ExternalWorks>0</ExternalWorks></GasConnectionRequest>""".formatted(COMMAND_ID))));
    }

    @Override
    protected AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode()
                .put("applicationNo", "GTBZ20261125001")
                .put("projectName", "高唐县鱼丘湖街道金城路16号商铺")
                .put("address", "高唐县鱼丘湖街道金城路16号")
                .put("divisionCode", "371526")
                .put("appliedOn", "2026-11-25")
                .put("externalWorks", false);
        data.putObject("applicant").put("name", "高唐县示例商贸有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C11116D").put("phone", "13905351234");
        data.putObject("gas").put("use", "COMMERCIAL").put("peakM3PerHour", 12);
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M6", "gas",
                "connection-application", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
