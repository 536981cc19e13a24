package org.govhub.connectors.court;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CourtAssistanceFeedbackHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/court.v1.yaml", "/court");

    private static final String COMMAND_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M7:court:assistance-feedback";
    private static final String PATH = "/court/api/enforcement/assistance-feedback";

    private final ObjectMapper mapper = new ObjectMapper();
    private CourtAssistanceFeedbackHandler handler;

    @BeforeEach
    void handler() {
        handler = new CourtAssistanceFeedbackHandler(stub.endpoint(Duration.ofSeconds(20)), "govhub", "pw", mapper);
    }

    @Test
    void theFeedbackIsRecordedWithTheCourtsReceipt() throws Exception {
        answer(200, """
                {"receiptNo":"HZ2026000001","caseNumber":"（2026）鲁1526执301号","recorded":true}""");

        assertThat(handler.handle(command())).isEqualTo(AgencyResult.applied("HZ2026000001"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withBasicAuth(new BasicCredentials("govhub", "pw"))
                .withRequestBody(equalToJson("""
                        {"feedbackId":"%s","caseNumber":"（2026）鲁1526执301号","unitNumber":"371526007001GB00700F00010101",
                         "stage":"LEVY","outcome":"LEVIED_AWAITING_PAYMENT",
                         "steps":[{"agency":"tax","command":"deed-tax-levy","status":"APPLIED"}]}""".formatted(COMMAND_ID))));
    }

    @Test
    void anUnknownCaseIsARejection() throws Exception {
        answer(404, """
                {"errorCode":"CASE_NOT_FOUND","errorMessage":"无此执行案件"}""");

        AgencyResult result = handler.handle(command());

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void aMalformedFeedbackIsARejection() throws Exception {
        answer(400, """
                {"errorCode":"BAD_REQUEST","errorMessage":"stage: must be one of LEVY, REGISTRATION, WITHDRAWAL"}""");

        assertThat(handler.handle(command()).reasonCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void outagesAndResetsAreTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aReceiptThatRecordedNothingBreaksTheContract() {
        answer(200, """
                {"receiptNo":"HZ2026000001","caseNumber":"（2026）鲁1526执301号","recorded":false}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aRefusedAccountFailsWithoutRetry() {
        answer(401, """
                {"errorCode":"UNAUTHORIZED","errorMessage":"账号或密码错误"}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aFeedbackWithoutItsOutcomeIsNotSent() {
        AgencyCommand command = command();
        ((ObjectNode) command.data()).remove("outcome");

        assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(InvalidCommandException.class);
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", "（2026）鲁1526执301号")
                .put("unitNumber", "371526007001GB00700F00010101")
                .put("stage", "LEVY")
                .put("outcome", "LEVIED_AWAITING_PAYMENT")
                .put("sagaState", "AWAITING_PAYMENT");
        data.putArray("steps").addObject().put("agency", "tax").put("command", "deed-tax-levy").put("status", "APPLIED");
        return new AgencyCommand(COMMAND_ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M7", "court",
                "assistance-feedback", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
