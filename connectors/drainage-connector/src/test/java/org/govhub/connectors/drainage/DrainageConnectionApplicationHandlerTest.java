package org.govhub.connectors.drainage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DrainageConnectionApplicationHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/drainage.v1.yaml", "/drainage");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theServiceGetsExactlyTheApplicationFieldsWithBasicAuth() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/drainage/api/connections")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"success":true,"acceptNo":"PSJR-20261125-0001","acceptedAt":"2026-11-25T10:15:00+08:00"}""")));

        AgencyResult result = handler().handle(DrainageCommands.command(mapper));

        assertThat(result).isEqualTo(AgencyResult.applied("PSJR-20261125-0001"));
        String basic = Base64.getEncoder().encodeToString("govhub:test-drainage-password".getBytes(StandardCharsets.UTF_8));
        // equalToJson is strict: a field beyond these (another utility's section, say) fails it.
        stub.server().verify(1, postRequestedFor(urlEqualTo("/drainage/api/connections"))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(equalToJson("""
                        {"requestNo":"%s","windowNo":"GTBZ20261125001",
                         "projectName":"高唐县鱼丘湖街道金城路16号商铺","address":"高唐县鱼丘湖街道金城路16号",
                         "divisionCode":"371526","acceptDate":"2026-11-25",
                         "applicantName":"高唐县示例商贸有限公司","applicantIdType":"USCC",
                         "applicantIdNo":"91371526MA3C11116D","applicantPhone":"13905351234",
                         "dischargeType":"DOMESTIC","dailyVolumeM3":2.5,"externalWorks":false}"""
                        .formatted(DrainageCommands.COMMAND_ID))));
    }

    @Test
    void aCommandWithoutTheDrainageSectionIsNotSent() {
        AgencyCommand command = DrainageCommands.command(mapper);
        ((ObjectNode) command.data()).remove("drainage");

        assertThatThrownBy(() -> handler().handle(command)).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("drainage");
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    private DrainageConnectionApplicationHandler handler() {
        return new DrainageConnectionApplicationHandler(stub.endpoint(Duration.ofSeconds(30)), "govhub",
                "test-drainage-password", mapper);
    }
}
