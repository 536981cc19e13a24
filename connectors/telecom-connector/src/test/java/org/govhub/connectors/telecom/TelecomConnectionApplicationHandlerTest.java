package org.govhub.connectors.telecom;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TelecomConnectionApplicationHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/telecom.v1.yaml", "/telecom");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theOperatorGetsExactlyTheOrderFieldsWithTheBearerToken() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/telecom/open/v1/install-orders")).willReturn(okJson("""
                {"resultCode":"0","resultMsg":"受理成功","orderId":"DXZJ2026112500000001","promisedDate":"2026-11-30"}""")));

        AgencyResult result = handler().handle(TelecomCommands.command(mapper));

        assertThat(result).isEqualTo(AgencyResult.applied("DXZJ2026112500000001"));
        // equalToJson is strict: a field beyond these (another utility's section, say) fails it.
        stub.server().verify(1, postRequestedFor(urlEqualTo("/telecom/open/v1/install-orders"))
                .withHeader("Authorization", equalTo("Bearer test-telecom-token"))
                .withRequestBody(equalToJson("""
                        {"transactionId":"%s","channelOrderNo":"GTBZ20261125001",
                         "projectName":"高唐县鱼丘湖街道金城路16号商铺","installAddress":"高唐县鱼丘湖街道金城路16号",
                         "areaCode":"371526","acceptDate":"2026-11-25",
                         "customer":{"name":"高唐县示例商贸有限公司","certType":"BUSINESS_LICENSE",
                                     "certNo":"91371526MA3C11116D","contactPhone":"13905351234"},
                         "productType":"BROADBAND","bandwidthMbps":500,"externalWorks":false}"""
                        .formatted(TelecomCommands.COMMAND_ID))));
    }

    @Test
    void aCommandWithoutTheTelecomSectionIsNotSent() {
        AgencyCommand command = TelecomCommands.command(mapper);
        ((ObjectNode) command.data()).remove("telecom");

        assertThatThrownBy(() -> handler().handle(command)).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("telecom");
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    private TelecomConnectionApplicationHandler handler() {
        return new TelecomConnectionApplicationHandler(stub.endpoint(Duration.ofSeconds(30)), "test-telecom-token", mapper);
    }
}
