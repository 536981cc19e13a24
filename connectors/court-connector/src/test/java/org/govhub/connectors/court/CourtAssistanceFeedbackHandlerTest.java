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
import java.time.Duration;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** M7's feedback to the court: the exact request, a receipt that recorded nothing, a bad command (the standard checks: CourtAssistanceFeedbackContractTest). */
class CourtAssistanceFeedbackHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/court.v1.yaml", "/court");

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
                         "steps":[{"agency":"tax","command":"deed-tax-levy","status":"APPLIED"}]}""".formatted(CourtAssistanceFeedbackCommands.COMMAND_ID))));
    }

    @Test
    void aReceiptThatRecordedNothingBreaksTheContract() {
        answer(200, """
                {"receiptNo":"HZ2026000001","caseNumber":"（2026）鲁1526执301号","recorded":false}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class);
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
        return CourtAssistanceFeedbackCommands.command();
    }
}
