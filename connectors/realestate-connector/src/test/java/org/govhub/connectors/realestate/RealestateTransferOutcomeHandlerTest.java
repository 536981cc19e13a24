package org.govhub.connectors.realestate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RealestateTransferOutcomeHandlerTest {

    @RegisterExtension
    static AgencyContractStub realestate = new AgencyContractStub("contracts/agencies/realestate.v1.yaml", "/realestate");

    private static final String API_TOKEN = "test-realestate-token";
    private static final String EXCHANGE_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61";
    private static final String COMMAND_ID = EXCHANGE_ID + ":realestate";
    private static final String APPLICATION_NO = "GT202611250001";
    private static final String UNIT_NUMBER = "371526002002GB00001F00020202";
    private static final String REPORT_PATH = "/realestate/api/v1/transfers/" + APPLICATION_NO + "/utility-outcome";
    private static final String UTILITIES = """
            [{"agency":"water","status":"APPLIED"},
             {"agency":"power","status":"REJECTED","reasonCode":"ARREARS","reason":"the account has unpaid charges"},
             {"agency":"gas","status":"NOT_APPLICABLE","reasonCode":"NO_ACCOUNT"},
             {"agency":"heat","status":"FAILED","reasonCode":"AGENCY_UNAVAILABLE"}]""";

    private final ObjectMapper mapper = new ObjectMapper();
    private RealestateTransferOutcomeHandler handler;

    @BeforeEach
    void pointAtStub() {
        // Generous: the stub checks each exchange against the contract before it answers.
        handler = new RealestateTransferOutcomeHandler(realestate.endpoint(Duration.ofSeconds(5)), API_TOKEN, mapper);
    }

    @Test
    void reportsTheOutcomeUnderTheCommandIdAndIsAppliedOnTheReceipt() throws Exception {
        answer(okJson(receipt("RECORDED")));

        AgencyResult result = handler.handle(command(outcomeData()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.APPLIED);
        assertThat(result.agencyReference()).isEqualTo(APPLICATION_NO);
        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        assertThat(mapper.readTree(sent.getBodyAsString())).isEqualTo(mapper.readTree("""
                {"commandId":"%s","applicationNo":"%s","unitNumber":"%s","outcome":"PARTIAL","utilities":%s}"""
                .formatted(COMMAND_ID, APPLICATION_NO, UNIT_NUMBER, UTILITIES)));
    }

    @Test
    void forwardsNothingButTheReportsFields() throws Exception {
        answer(okJson(receipt("RECORDED")));
        ObjectNode data = outcomeData();
        data.put("price", "865000.00").putObject("newOwner").put("idNumber", "371526199001010013");
        ((ObjectNode) data.withArray("utilities").get(0)).put("accountNo", "GTSW30000037");

        handler.handle(command(data));

        JsonNode sent = mapper.readTree(onlyRequest().getBodyAsString());
        assertThat(sent.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("commandId", "applicationNo", "unitNumber", "outcome", "utilities");
        assertThat(sent.toString()).doesNotContain("865000").doesNotContain("371526199001010013")
                .doesNotContain("GTSW30000037");
    }

    @Test
    void anUnknownApplicationIsRejected() {
        answer(json(404, """
                {"code":"APPLICATION_NOT_FOUND","message":"no transfer with this application number"}"""));

        AgencyResult result = handle();

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("APPLICATION_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVALID_REQUEST", "UNIT_MISMATCH"})
    void aDocumentedRefusalIsRejectedWithTheRegistrysCode(String code) {
        answer(json(400, """
                {"code":"%s","message":"refused"}""".formatted(code)));

        AgencyResult result = handle();

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo(code);
    }

    @Test
    void aServerErrorIsTransient() {
        answer(aResponse().withStatus(503));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void anAnswerAfterTheReadTimeoutIsTransient() {
        RealestateTransferOutcomeHandler impatient = new RealestateTransferOutcomeHandler(
                realestate.endpoint(Duration.ofMillis(300)), API_TOKEN, mapper);
        answer(okJson(receipt("RECORDED")).withFixedDelay(1_500));

        assertThatThrownBy(() -> impatient.handle(command(outcomeData())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aResetConnectionIsTransient() {
        // The status only keeps the stub's own record of the exchange within the contract.
        answer(aResponse().withStatus(503).withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aReceiptThatIsNotRecordedBreaksTheContract() {
        realestate.expectViolations();
        answer(okJson(receipt("QUEUED")));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(ContractViolationException.class);
    }

    @Test
    void anUndocumentedErrorCodeBreaksTheContract() {
        realestate.expectViolations();
        answer(json(404, """
                {"code":"NO_SUCH_THING","message":"?"}"""));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("NO_SUCH_THING");
    }

    @Test
    void aBodyThatIsNotJsonBreaksTheContract() {
        realestate.expectViolations();
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops</html>"));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(ContractViolationException.class);
    }

    @Test
    void anUndocumentedStatusBreaksTheContract() {
        realestate.expectViolations();
        answer(json(409, """
                {"code":"CONFLICT","message":"?"}"""));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("409");
    }

    @Test
    void aCommandWithoutApplicationNoIsNotSent() {
        ObjectNode data = outcomeData();
        data.remove("applicationNo");

        assertThatThrownBy(() -> handler.handle(command(data)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("applicationNo");
        assertThat(realestate.server().findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    private AgencyResult handle() {
        try {
            return handler.handle(command(outcomeData()));
        } catch (AgencyUnavailableException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRefusedTokenFailsTheReportWithoutRetry() {
        answer(json(401, """
                {"code":"UNAUTHORIZED","message":"missing or unknown access token"}"""));

        assertThatThrownBy(() -> handler.handle(command(outcomeData())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessage("realestate refused the hub's credentials (HTTP 401); check govhub.connectors.realestate.*");
    }

    private static String receipt(String status) {
        return """
                {"applicationNo":"%s","commandId":"%s","status":"%s","recordedAt":"2026-11-25T09:31:05+08:00"}"""
                .formatted(APPLICATION_NO, COMMAND_ID, status);
    }

    /** Answers only a request that carries the hub's token, so every test also checks that it is sent. */
    private void answer(ResponseDefinitionBuilder response) {
        realestate.server().stubFor(post(urlEqualTo(REPORT_PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", equalTo("Bearer " + API_TOKEN))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = realestate.server().findAll(postRequestedFor(urlEqualTo(REPORT_PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private ObjectNode outcomeData() {
        try {
            return (ObjectNode) mapper.readTree("""
                    {"applicationNo":"%s","unitNumber":"%s","outcome":"PARTIAL","utilities":%s}"""
                    .formatted(APPLICATION_NO, UNIT_NUMBER, UTILITIES));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgencyCommand command(JsonNode data) {
        return new AgencyCommand(COMMAND_ID, EXCHANGE_ID, "evt-1", "M1", "realestate", "transfer-outcome",
                OffsetDateTime.parse("2026-11-25T09:31:00+08:00"), null, data);
    }
}
