package org.govhub.connectors.market;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The market handler against a stub that enforces contracts/agencies/market.v1.yaml. */
class MarketDeregistrationNoticeHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/market.v1.yaml", "/market");

    private static final String USCC = "91371526MA3N174039";
    private static final String PATH = "/market/supervision/deregistrations";
    private final ObjectMapper mapper = new ObjectMapper();
    private MarketDeregistrationNoticeHandler handler;

    @BeforeEach
    void handler() {
        MarketConnectorProperties p = new MarketConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(60));
        p.setAppCode("test-code");
        handler = new MarketDeregistrationNoticeHandler(p, mapper);
    }

    @Test
    void aNoticeCarriesThePermitsAsLicencesAndTheRecordIsTheReference() throws Exception {
        answer(PATH, 200, "{\"success\":true,\"data\":{\"recordId\":\"SCJG-ZX-2026-000031\"}}");

        assertThat(handler.handle(command())).isEqualTo(AgencyResult.applied("SCJG-ZX-2026-000031"));
        stub.server().verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("APPCODE test-code"))
                .withRequestBody(equalToJson("""
                        {"bizId":"x:M5:market:deregistration-notice","entCode":"%s","entName":"高唐县鼎达食品有限公司",
                         "cancelType":"SIMPLIFIED","cancelDate":"2026-11-25",
                         "licences":[{"licenceNo":"JY137152600010000","licenceType":"食品经营许可证","issuer":"高唐县行政审批服务局"}]}"""
                        .formatted(USCC))));
    }

    @Test
    void anOpenInvestigationIsARefusalAndAnUnknownEnterpriseNothingToDo() throws Exception {
        answer(PATH, 200, "{\"success\":false,\"errorCode\":\"UNDER_INVESTIGATION\",\"errorMsg\":\"立案调查\"}");
        assertThat(handler.handle(command()).reasonCode()).isEqualTo("UNDER_INVESTIGATION");
        answer(PATH, 200, "{\"success\":false,\"errorCode\":\"NOT_IN_DIRECTORY\",\"errorMsg\":\"无\"}");
        assertThat(handler.handle(command()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }

    @Test
    void aBadRecordIdBreaksTheContractAndOutagesAreTransient() {
        stub.expectViolations();
        answer(PATH, 200, "{\"success\":true,\"data\":{\"recordId\":\"1\"}}");
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("recordId");
        answer(PATH, 503, "{}");
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
        answer(PATH, 401, "{\"success\":false,\"errorCode\":\"UNAUTHORIZED\"}");
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyAuthenticationException.class);
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县鼎达食品有限公司")
                .put("procedure", "SIMPLIFIED").put("deregisteredDate", "2026-11-25");
        data.putArray("permits").addObject().put("permitNo", "JY137152600010000").put("type", "食品经营许可证")
                .put("issuer", "高唐县行政审批服务局");
        return new AgencyCommand("x:M5:market:deregistration-notice", "x", "e", "M5", "market",
                "deregistration-notice", OffsetDateTime.now(), null, data);
    }
}
