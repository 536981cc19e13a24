package org.govhub.connectors.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import org.junit.jupiter.params.provider.CsvSource;

class SmsNotificationHandlerTest {

    @RegisterExtension
    static AgencyContractStub sms = new AgencyContractStub("contracts/agencies/sms.v1.yaml", "/sms");

    private static final String EXCHANGE_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61";
    private static final String SEND_PATH = "/sms/v1/messages";
    private static final String SECRET = "test-sms-secret";
    private static final String PHONE = "13905351234";
    private static final String ADDRESS = "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室";

    private final ObjectMapper mapper = new ObjectMapper();
    private SmsNotificationHandler handler;

    @BeforeEach
    void pointAtStub() {
        // Generous: the stub checks each exchange against the contract before it answers.
        handler = new SmsNotificationHandler(sms.endpoint(Duration.ofSeconds(5)), "hub", SECRET, Clock.systemUTC(), mapper);
    }

    @Test
    void sendsTheTemplatedMessageUnderTheCommandIdAndReportsTheBizId() throws Exception {
        answer(okJson("""
                {"code":"OK","message":"OK","requestId":"8D3E5B1A-6C2F-4E8B-9A7D-1F0C3B2A4E5D","bizId":"900619764011264601^0"}"""));

        AgencyResult result = handler.handle(command(notificationData()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.APPLIED);
        assertThat(result.agencyReference()).isEqualTo("900619764011264601^0");
        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        assertThat(mapper.readTree(sent.getBodyAsString())).isEqualTo(mapper.readTree("""
                {"outId":"%s:sms","phoneNumbers":"%s","templateCode":"M1_TRANSFER_RESULT",
                 "templateParam":{"address":"%s","water":"已过户","power":"已过户","gas":"无账户","heat":"未过户"}}"""
                .formatted(EXCHANGE_ID, PHONE, ADDRESS)));
    }

    @Test
    void forwardsNothingButTheGatewaysFields() throws Exception {
        answer(okJson("""
                {"code":"OK","requestId":"R1","bizId":"B1"}"""));
        JsonNode data = notificationData();
        ((ObjectNode) data)
                .put("idNumber", "371526199001010013")
                .put("price", "865000.00");

        handler.handle(command(data));

        JsonNode sent = mapper.readTree(onlyRequest().getBodyAsString());
        assertThat(sent.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("outId", "phoneNumbers", "templateCode", "templateParam");
        assertThat(sent.toString()).doesNotContain("371526199001010013").doesNotContain("865000");
    }

    @ParameterizedTest
    @CsvSource({
            "isv.INVALID_PARAMETERS, INVALID_PARAMETERS",
            "isv.MOBILE_NUMBER_ILLEGAL, MOBILE_NUMBER_ILLEGAL",
            "isv.TEMPLATE_MISSING, TEMPLATE_MISSING",
            "isv.TEMPLATE_PARAMS_ILLEGAL, TEMPLATE_PARAMS_ILLEGAL"})
    void aDocumentedRefusalIsRejectedWithTheGatewaysCode(String gatewayCode, String reasonCode) throws Exception {
        answer(json(400, """
                {"code":"%s","message":"refused","requestId":"R2"}""".formatted(gatewayCode)));

        AgencyResult result = handler.handle(command(notificationData()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo(reasonCode).matches("^[A-Z][A-Z0-9_]*$");
        assertThat(result.reason()).contains(gatewayCode).doesNotContain(PHONE);
    }

    @Test
    void flowControlIsTransientSoTheCommandIsRetried() {
        answer(json(429, """
                {"code":"isv.BUSINESS_LIMIT_CONTROL","message":"too many messages","requestId":"R3"}"""));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("isv.BUSINESS_LIMIT_CONTROL");
    }

    @Test
    void aServerErrorIsTransient() {
        answer(aResponse().withStatus(503));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void anAnswerAfterTheReadTimeoutIsTransient() {
        SmsNotificationHandler impatient = new SmsNotificationHandler(
                sms.endpoint(Duration.ofMillis(300)), "hub", SECRET, Clock.systemUTC(), mapper);
        answer(okJson("""
                {"code":"OK","requestId":"R4","bizId":"B4"}""").withFixedDelay(1_500));

        assertThatThrownBy(() -> impatient.handle(command(notificationData())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aResetConnectionIsTransient() {
        // The status only keeps the stub's own record of the exchange within the contract.
        answer(aResponse().withStatus(503).withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anUndocumentedRefusalCodeBreaksTheContract() {
        sms.expectViolations();
        answer(json(400, """
                {"code":"isv.SOMETHING_NEW","message":"?","requestId":"R5"}"""));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("isv.SOMETHING_NEW");
    }

    @Test
    void anAcceptanceWithoutBizIdBreaksTheContract() {
        sms.expectViolations();
        answer(okJson("""
                {"code":"OK","requestId":"R6"}"""));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("bizId");
    }

    @Test
    void aBodyThatIsNotJsonBreaksTheContract() {
        sms.expectViolations();
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops</html>"));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(ContractViolationException.class);
    }

    @Test
    void anUndocumentedStatusBreaksTheContract() {
        sms.expectViolations();
        answer(json(403, """
                {"code":"isv.FORBIDDEN","message":"no","requestId":"R7"}"""));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("403");
    }

    @Test
    void aCommandWithoutPhoneIsNotSent() {
        JsonNode data = notificationData();
        ((ObjectNode) data).remove("phone");

        assertThatThrownBy(() -> handler.handle(command(data)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("phone");
        assertThat(sms.server().findAll(postRequestedFor(urlEqualTo(SEND_PATH)))).isEmpty();
    }

    @Test
    void aRefusedSignatureFailsTheCommandWithoutRetry() {
        answer(json(401, """
                {"code":"SignatureDoesNotMatch","message":"the request signature does not match","requestId":"R9"}"""));

        assertThatThrownBy(() -> handler.handle(command(notificationData())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessage("sms refused the hub's credentials (HTTP 401); check govhub.connectors.sms.*");
    }

    private void answer(ResponseDefinitionBuilder response) {
        sms.server().stubFor(post(urlEqualTo(SEND_PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The one request sent, whose signature must verify as the contract documents. */
    private static LoggedRequest onlyRequest() throws Exception {
        List<LoggedRequest> requests = sms.server().findAll(postRequestedFor(urlEqualTo(SEND_PATH)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("X-Sms-Access-Key-Id")).isEqualTo("hub");
        String date = request.getHeader("X-Sms-Date");
        assertThat(Duration.between(Instant.parse(date), Instant.now()).abs()).isLessThan(Duration.ofSeconds(10));
        String toSign = "POST\n" + SEND_PATH + "\n" + date + "\n"
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBody()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(request.getHeader("X-Sms-Signature"))
                .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8))));
        return request;
    }

    private JsonNode notificationData() {
        try {
            return mapper.readTree("""
                    {"phone":"%s","template":"M1_TRANSFER_RESULT",
                     "params":{"address":"%s","water":"已过户","power":"已过户","gas":"无账户","heat":"未过户"}}"""
                    .formatted(PHONE, ADDRESS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgencyCommand command(JsonNode data) {
        return new AgencyCommand(EXCHANGE_ID + ":sms", EXCHANGE_ID, "evt-1", "M1", "sms", "notification",
                OffsetDateTime.parse("2026-11-25T09:30:00+08:00"), null, data);
    }
}
