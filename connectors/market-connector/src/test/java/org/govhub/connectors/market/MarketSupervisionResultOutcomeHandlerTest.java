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
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M2's supervision-result feedback to market supervision, against a stub checked by contracts/agencies/market.v1.yaml. */
class MarketSupervisionResultOutcomeHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/market.v1.yaml", "/market");

    static final String USCC = "91371526MA3TCULH0C";
    static final String ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M2:market:supervision-result-outcome";
    static final String PATH = "/market/jgxx/fk";

    private final ObjectMapper mapper = new ObjectMapper();

    MarketSupervisionResultOutcomeHandler handler(Duration timeout) {
        MarketConnectorProperties p = new MarketConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(timeout);
        p.setAppCode("test-code");
        return new MarketSupervisionResultOutcomeHandler(new MarketApi(p, mapper));
    }

    AgencyCommand command(ObjectNode data) {
        return new AgencyCommand(ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M2", "market",
                "supervision-result-outcome", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    ObjectNode recorded() {
        ObjectNode d = mapper.createObjectNode();
        d.put("resultId", "JG-2026-00088");
        d.putObject("enterprise").put("uscc", USCC);
        d.put("outcome", "COMPLETED");
        d.putObject("approval").put("status", "APPLIED").put("reference", "SPJ-20261125-000001");
        return d;
    }

    void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void theFeedbackIsRecordedUnderMarketsRecordNumber() throws Exception {
        answer(200, "{\"success\":true,\"data\":{\"bizId\":\"%s\",\"recordId\":\"SCJG-FK-2026-000001\"}}".formatted(ID));

        AgencyResult result = handler(Duration.ofSeconds(20)).handle(command(recorded()));

        assertThat(result).isEqualTo(AgencyResult.applied("SCJG-FK-2026-000001"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("APPCODE test-code"))
                .withRequestBody(equalToJson("""
                        {"bizId":"%s","resultNo":"JG-2026-00088","entCode":"%s","outcome":"COMPLETED",
                         "approvalStatus":"APPLIED","approvalReceiptNo":"SPJ-20261125-000001"}""".formatted(ID, USCC))));
    }

    @Test
    void aRefusedResultIsReportedWithTheBureausReason() throws Exception {
        answer(200, "{\"success\":true,\"data\":{\"bizId\":\"%s\",\"recordId\":\"SCJG-FK-2026-000002\"}}".formatted(ID));
        ObjectNode d = recorded().put("outcome", "PARTIAL");
        d.putObject("approval").put("status", "REJECTED").put("reasonCode", "NO_LICENCE_ON_RECORD");

        assertThat(handler(Duration.ofSeconds(20)).handle(command(d)).status()).isEqualTo(OutcomeStatus.APPLIED);
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"bizId":"%s","resultNo":"JG-2026-00088","entCode":"%s","outcome":"PARTIAL",
                 "approvalStatus":"REJECTED","approvalReasonCode":"NO_LICENCE_ON_RECORD"}""".formatted(ID, USCC))));
    }

    @Test
    void anInvalidRequestFails() throws Exception {
        answer(400, "{\"success\":false,\"errorCode\":\"INVALID_REQUEST\",\"errorMsg\":\"resultNo 不符合规则\"}");
        AgencyResult result = handler(Duration.ofSeconds(20)).handle(command(recorded()));
        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reasonCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void undocumentedAnswersOutagesTimeoutsAndRefusedCredentialsAreToldApart() {
        stub.expectViolations();
        answer(200, "{\"success\":true,\"data\":{\"bizId\":\"another\",\"recordId\":\"SCJG-FK-2026-000003\"}}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(recorded())))
                .isInstanceOf(ContractViolationException.class);
        answer(200, "{\"success\":false,\"errorCode\":\"NOT_IN_DIRECTORY\",\"errorMsg\":\"?\"}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(recorded())))
                .isInstanceOf(ContractViolationException.class);
        answer(503, "{}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(recorded())))
                .isInstanceOf(AgencyUnavailableException.class);
        answer(401, "{\"success\":false,\"errorCode\":\"UNAUTHORIZED\",\"errorMsg\":\"AppCode 无效\"}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(recorded())))
                .isInstanceOf(AgencyAuthenticationException.class);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(recorded())))
                .isInstanceOf(AgencyUnavailableException.class);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":{\"bizId\":\"%s\"}}".formatted(ID))));
        assertThatThrownBy(() -> handler(Duration.ofMillis(300)).handle(command(recorded())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void badValuesInACommandAreInvalidNamingFieldAndRule() {
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(recorded().put("resultId", "结果"))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("resultId");
        ObjectNode noStatus = recorded();
        noStatus.putObject("approval").put("status", "DONE");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(noStatus)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("approval.status");
    }
}
