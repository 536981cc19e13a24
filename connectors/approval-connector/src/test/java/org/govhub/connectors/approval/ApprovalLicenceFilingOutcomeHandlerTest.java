package org.govhub.connectors.approval;

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

/** M2's licence-filing outcome to the approval bureau, against a stub checked by contracts/agencies/approval.v1.yaml. */
class ApprovalLicenceFilingOutcomeHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/approval.v1.yaml", "/approval");

    static final String USCC = "91371526MA3E36TH3B";
    static final String ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M2:approval:licence-filing-outcome";
    static final String PATH = "/approval/api/v1/licence-filing-outcomes";

    private final ObjectMapper mapper = new ObjectMapper();

    ApprovalLicenceFilingOutcomeHandler handler(Duration timeout) {
        ApprovalConnectorProperties p = new ApprovalConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(timeout);
        p.setApiToken("test-approval-token");
        return new ApprovalLicenceFilingOutcomeHandler(new ApprovalReports(p, mapper));
    }

    AgencyCommand command(ObjectNode data) {
        return new AgencyCommand(ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M2", "approval",
                "licence-filing-outcome", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    ObjectNode filed() {
        ObjectNode d = mapper.createObjectNode();
        d.put("licenceNo", "JY33715260012345");
        d.putObject("enterprise").put("uscc", USCC);
        d.put("outcome", "COMPLETED");
        d.putObject("market").put("status", "APPLIED").put("reference", "SCJG-XKBA-2026-000001");
        return d;
    }

    void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void theFilingsOutcomeIsRecordedWithTheBureausReceipt() throws Exception {
        answer(200, "{\"commandId\":\"%s\",\"status\":\"RECORDED\",\"receiptNo\":\"XKF-20261125-000001\"}".formatted(ID));

        AgencyResult result = handler(Duration.ofSeconds(20)).handle(command(filed()));

        assertThat(result).isEqualTo(AgencyResult.applied("XKF-20261125-000001"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-approval-token"))
                .withRequestBody(equalToJson("""
                        {"commandId":"%s","licenceNo":"JY33715260012345","uscc":"%s","outcome":"COMPLETED",
                         "marketStatus":"APPLIED","marketReference":"SCJG-XKBA-2026-000001"}""".formatted(ID, USCC))));
    }

    @Test
    void aRefusedFilingIsReportedWithMarketsReason() throws Exception {
        answer(200, "{\"commandId\":\"%s\",\"status\":\"RECORDED\",\"receiptNo\":\"XKF-20261125-000002\"}".formatted(ID));
        ObjectNode d = filed().put("outcome", "PARTIAL");
        d.putObject("market").put("status", "REJECTED").put("reasonCode", "NOT_IN_DIRECTORY");

        assertThat(handler(Duration.ofSeconds(20)).handle(command(d)).status()).isEqualTo(OutcomeStatus.APPLIED);
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"commandId":"%s","licenceNo":"JY33715260012345","uscc":"%s","outcome":"PARTIAL",
                 "marketStatus":"REJECTED","marketReasonCode":"NOT_IN_DIRECTORY"}""".formatted(ID, USCC))));
    }

    @Test
    void anInvalidRequestFailsNamingTheField() throws Exception {
        answer(400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"licenceNo 不符合规则\",\"field\":\"licenceNo\"}");
        AgencyResult result = handler(Duration.ofSeconds(20)).handle(command(filed()));
        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reason()).contains("field licenceNo");
    }

    @Test
    void undocumentedAnswersOutagesTimeoutsAndRefusedCredentialsAreToldApart() {
        stub.expectViolations();
        answer(200, "{\"commandId\":\"%s\",\"status\":\"DONE\"}".formatted(ID));
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed())))
                .isInstanceOf(ContractViolationException.class);
        answer(404, "{\"code\":\"NO_LICENCE_ON_RECORD\",\"message\":\"本局无该主体的许可记录\"}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed())))
                .isInstanceOf(ContractViolationException.class);
        answer(503, "{}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed())))
                .isInstanceOf(AgencyUnavailableException.class);
        answer(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"令牌无效\"}");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed())))
                .isInstanceOf(AgencyAuthenticationException.class);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed())))
                .isInstanceOf(AgencyUnavailableException.class);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"commandId\":\"%s\",\"status\":\"RECORDED\",\"receiptNo\":\"XKF-20261125-000003\"}".formatted(ID))));
        assertThatThrownBy(() -> handler(Duration.ofMillis(300)).handle(command(filed())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void badValuesInACommandAreInvalidNamingFieldAndRule() {
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed().put("licenceNo", "许可"))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("licenceNo");
        assertThatThrownBy(() -> handler(Duration.ofSeconds(20)).handle(command(filed().put("outcome", "DONE"))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("outcome");
    }
}
