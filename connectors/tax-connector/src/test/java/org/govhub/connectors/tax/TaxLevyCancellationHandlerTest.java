package org.govhub.connectors.tax;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaxLevyCancellationHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/tax.v1.yaml", "/tax");

    private static final String COMMAND_ID = "0b6f3c1e-4d2a-4b8e-9f1a-2c3d4e5f6a7b:M7:tax:deed-tax-levy-cancellation";
    private static final String PATH = "/tax/api/deed-tax/judicial-levies/cancellations";

    private final ObjectMapper mapper = new ObjectMapper();
    private TaxLevyCancellationHandler handler;

    @BeforeEach
    void handler() {
        handler = new TaxLevyCancellationHandler(stub.endpoint(Duration.ofSeconds(20)), "test-tax-key", mapper);
    }

    @Test
    void anUnpaidLevyIsCancelledAndAPaidOneRefunded() throws Exception {
        answer(200, """
                {"code":"0000","message":"成功","data":{"levy_no":"QS371526202600001","status":"CANCELLED","refund_amount":"0.00"}}""");
        assertThat(handler.handle(command())).isEqualTo(AgencyResult.applied("QS371526202600001:CANCELLED"));

        answer(200, """
                {"code":"0000","message":"成功","data":{"levy_no":"QS371526202600001","status":"REFUNDED","refund_amount":"15250.00"}}""");
        assertThat(handler.handle(command())).isEqualTo(AgencyResult.applied("QS371526202600001:REFUNDED"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"request_id":"%s","case_number":"（2026）鲁1526执303号","unit_number":"371526007001GB00702F00030103",
                 "withdrawn_on":"2026-11-25","reason":"SETTLED"}""".formatted(COMMAND_ID))));
    }

    @Test
    void noLevyMeansNothingToUndo() throws Exception {
        answer(200, """
                {"code":"2004","message":"无此案号的征收记录"}""");

        AgencyResult result = handler.handle(command());

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(result.reasonCode()).isEqualTo("NO_LEVY");
    }

    @Test
    void anOutageIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anUnknownStatusBreaksTheContract() {
        stub.expectViolations();
        answer(200, """
                {"code":"0000","message":"成功","data":{"levy_no":"QS371526202600001","status":"GONE","refund_amount":"0.00"}}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class);
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", "（2026）鲁1526执303号")
                .put("unitNumber", "371526007001GB00702F00030103")
                .put("withdrawnOn", "2026-11-25")
                .put("reason", "SETTLED");
        return new AgencyCommand(COMMAND_ID, "0b6f3c1e-4d2a-4b8e-9f1a-2c3d4e5f6a7b", "evt-2", "M7", "tax",
                "deed-tax-levy-cancellation", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
