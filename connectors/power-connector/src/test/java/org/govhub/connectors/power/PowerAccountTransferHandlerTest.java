package org.govhub.connectors.power;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.ClientCredentialsTokens;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PowerAccountTransferHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/power.v1.yaml", "/power");

    private static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:power";
    private static final String UNIT = "371526002002GB00001F00020202";
    private static final String CONS_NO = "3715260113";
    private static final String LOOKUP = "/power/api/v1/accounts?bdcdyh=" + UNIT;
    private static final String VERIFICATION = "/power/api/v1/accounts/" + CONS_NO + "/verification";
    private static final String TRANSFER = "/power/api/v1/accounts/" + CONS_NO + "/transfer";

    private static final String ACCOUNT = """
            {"consNo":"3715260113","bdcdyh":"371526002002GB00001F00020202",
             "elecAddr":"山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室","status":"NORMAL"}""";
    private static final String ALLOWED = """
            {"consNo":"3715260113","arrears":"0.00","transferAllowed":true}""";
    private static final String COMPLETED = """
            {"workOrderNo":"GD20261125000001","consNo":"3715260113","requestId":"%s",
             "status":"COMPLETED","completedAt":"2026-11-25T10:15:00+08:00"}""".formatted(COMMAND_ID);
    private static final String NOT_FOUND = """
            {"errorCode":"ACCOUNT_NOT_FOUND","message":"未找到该不动产单元的用电户"}""";

    private static final String TOKEN_PATH = "/power/oauth/token";
    /** "hub:test-power-secret", RFC 7617. */
    private static final String CLIENT = "Basic aHViOnRlc3QtcG93ZXItc2VjcmV0";
    private static final String TOKEN = "tok-1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final MutableClock clock = new MutableClock();
    private PowerAccountTransferHandler handler;

    @BeforeEach
    void handler() {
        handler = handler(Duration.ofSeconds(5));
        stubToken(TOKEN, 3600);
    }

    private PowerAccountTransferHandler handler(Duration readTimeout) {
        var endpoint = stub.endpoint(readTimeout);
        return new PowerAccountTransferHandler(endpoint,
                new ClientCredentialsTokens("power", endpoint, "/oauth/token", "hub", "test-power-secret", clock), mapper);
    }

    @Test
    void fetchesOneTokenAndReusesItUntilShortlyBeforeItExpires() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(200, COMPLETED);

        handler.handle(command(residentBuyer()));
        handler.handle(command(residentBuyer()));
        stub.server().verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo(CLIENT))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        stub.server().verify(6, anyRequestedFor(urlMatching("/power/api/.*")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        clock.advance(Duration.ofSeconds(3600).minus(ClientCredentialsTokens.EXPIRY_MARGIN).minusSeconds(1));
        handler.handle(command(residentBuyer()));
        stub.server().verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));

        clock.advance(Duration.ofSeconds(1));
        handler.handle(command(residentBuyer()));
        stub.server().verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRefusedTokenFailsTheCommandAndTheNextCommandGetsANewOne() throws Exception {
        stub.server().stubFor(get(urlEqualTo(LOOKUP)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorCode\":\"UNAUTHORIZED\",\"message\":\"access token missing, unknown or expired\"}")));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessage("power refused the hub's credentials (HTTP 401); check govhub.connectors.power.*");

        stubToken("tok-2", 3600);
        stub.server().stubFor(answer(get(urlEqualTo(LOOKUP)), 200, ACCOUNT).withHeader("Authorization", equalTo("Bearer tok-2")));
        stub.server().stubFor(answer(post(urlEqualTo(VERIFICATION)), 200, ALLOWED).withHeader("Authorization", equalTo("Bearer tok-2")));
        stub.server().stubFor(answer(post(urlEqualTo(TRANSFER)), 200, COMPLETED).withHeader("Authorization", equalTo("Bearer tok-2")));
        assertThat(handler.handle(command(residentBuyer()))).isEqualTo(AgencyResult.applied("GD20261125000001"));
        stub.server().verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRefusedClientSecretFailsTheCommandWithoutCallingTheApi() {
        stub.server().stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessageContaining("power refused the hub's credentials (HTTP 401)");
        stub.server().verify(0, anyRequestedFor(urlMatching("/power/api/.*")));
    }

    @Test
    void anUnavailableTokenEndpointIsTransient() {
        stub.server().stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("power is down")));
        stub.expectViolations(); // the token operation documents no 503; the point is that it is retried

        assertThatThrownBy(() -> handler.handle(command(residentBuyer()))).isInstanceOf(AgencyUnavailableException.class);
    }

    /** Calls of the account API, the token request aside. */
    private long apiCalls() {
        return stub.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/power/api/")).count();
    }

    private void stubToken(String token, long expiresIn) {
        stub.server().stubFor(post(urlEqualTo(TOKEN_PATH)).withHeader("Authorization", equalTo(CLIENT))
                .willReturn(okJson("{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":%d}"
                        .formatted(token, expiresIn))));
    }

    /** A clock the test moves, so expiry is tested without waiting. */
    private static final class MutableClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-11-25T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void findsVerifiesAndTransfersTheAccount() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(200, COMPLETED);

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result).isEqualTo(AgencyResult.applied("GD20261125000001"));
    }

    @Test
    void theUtilityGetsOnlyTheAllowedFieldsInItsOwnFormat() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(200, COMPLETED);

        handler.handle(command(residentBuyer()));

        stub.server().verify(1, getRequestedFor(urlEqualTo(LOOKUP)));
        // equalToJson is strict: any field beyond these (a price, the seller's ID or phone) fails it.
        stub.server().verify(1, postRequestedFor(urlEqualTo(VERIFICATION))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"requestId":"%s","businessType":"TRANSFER","checkArrears":true}""".formatted(COMMAND_ID))));
        stub.server().verify(1, postRequestedFor(urlEqualTo(TRANSFER))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"requestId":"%s","bdcdyh":"371526002002GB00001F00020202",
                         "newUserName":"张平","newCertType":"ID_CARD","newCertNo":"371526199005104244",
                         "newMobile":"15045980949","oldUserName":"何敏","transferDate":"2026-11-25"}"""
                        .formatted(COMMAND_ID))));
        assertThat(apiCalls()).isEqualTo(3);
    }

    @Test
    void anOrganisationWithoutAMobileIsSentAsAUsccWithoutNewMobile() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(200, COMPLETED);
        ObjectNode company = mapper.createObjectNode()
                .put("name", "高唐县示例商贸有限公司").put("idType", "USCC").put("idNumber", "91371526MA3C11116D");

        handler.handle(command(company));

        stub.server().verify(1, postRequestedFor(urlEqualTo(TRANSFER)).withRequestBody(equalToJson("""
                {"requestId":"%s","bdcdyh":"371526002002GB00001F00020202",
                 "newUserName":"高唐县示例商贸有限公司","newCertType":"UNIFIED_SOCIAL_CREDIT_CODE",
                 "newCertNo":"91371526MA3C11116D","oldUserName":"何敏","transferDate":"2026-11-25"}"""
                .formatted(COMMAND_ID))));
    }

    @Test
    void noAccountAtTheUnitIsNotApplicableAndGoesNoFurther() throws Exception {
        stubLookup(404, NOT_FOUND);

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(result.reasonCode()).isEqualTo("NO_ACCOUNT");
        stub.server().verify(0, postRequestedFor(urlMatching("/power/api/.*")));
    }

    @Test
    void arrearsFoundByTheVerificationAreARejectionAndNoTransferIsRequested() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, """
                {"consNo":"3715260113","arrears":"326.40","transferAllowed":false,"refusalCode":"ARREARS",
                 "message":"该户存在欠费，请结清电费后办理过户"}""");

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("ARREARS");
        stub.server().verify(0, postRequestedFor(urlEqualTo(TRANSFER)));
    }

    @Test
    void arrearsRefusedByTheTransferAreARejection() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(409, """
                {"errorCode":"ARREARS_OUTSTANDING","message":"该户存在欠费，请结清电费后办理过户"}""");

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("ARREARS");
    }

    @Test
    void anAccountGoneAtVerificationIsNotApplicable() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(404, NOT_FOUND);

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        stub.server().verify(0, postRequestedFor(urlEqualTo(TRANSFER)));
    }

    @Test
    void anAccountGoneAtTransferIsNotApplicable() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(404, NOT_FOUND);

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(result.reasonCode()).isEqualTo("NO_ACCOUNT");
    }

    @Test
    void anInvalidParameterIsARejectionNamingTheField() throws Exception {
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(400, """
                {"errorCode":"INVALID_PARAMETER","message":"newCertNo: must be 18 characters"}""");

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reasonCode()).isEqualTo("INVALID_REQUEST");
        assertThat(result.reason()).contains("transfer").contains("newCertNo");
    }

    @Test
    void anInvalidLookupIsARejection() throws Exception {
        stubLookup(400, """
                {"errorCode":"INVALID_PARAMETER","message":"bdcdyh: must be a 28-character property unit number"}""");

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reasonCode()).isEqualTo("INVALID_REQUEST");
        stub.server().verify(0, postRequestedFor(urlMatching("/power/api/.*")));
    }

    @Test
    void anInternalErrorIsTransient() {
        stubLookup(200, ACCOUNT);
        stubVerification(500, """
                {"errorCode":"INTERNAL_ERROR","message":"系统繁忙，请稍后重试"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("500");
    }

    @Test
    void aGatewayOutageIsTransient() {
        stub.server().stubFor(get(urlPathEqualTo("/power/api/v1/accounts")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("power is down")));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void aTransferSlowerThanTheReadTimeoutIsTransient() {
        PowerAccountTransferHandler impatient = handler(Duration.ofMillis(300));
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stub.server().stubFor(post(urlEqualTo(TRANSFER)).willReturn(okJson(COMPLETED).withFixedDelay(1_500)));

        assertThatThrownBy(() -> impatient.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("unreachable");
        // Let the stub finish the late answer here, not in the next test's journal.
        await().atMost(Duration.ofSeconds(10)).until(() -> apiCalls() == 3);
    }

    @Test
    void aResetConnectionIsTransient() {
        stubLookup(200, ACCOUNT);
        stub.server().stubFor(post(urlEqualTo(VERIFICATION)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class);
        stub.server().verify(0, postRequestedFor(urlEqualTo(TRANSFER)));
    }

    @Test
    void aLookupWithoutTheAccountNumberBreaksTheContract() {
        stub.expectViolations();
        stubLookup(200, """
                {"bdcdyh":"371526002002GB00001F00020202","elecAddr":"高唐县","status":"NORMAL"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("consNo");
        stub.server().verify(0, postRequestedFor(urlMatching("/power/api/.*")));
    }

    @Test
    void anUndocumentedRefusalBreaksTheContract() {
        stub.expectViolations();
        stubLookup(200, ACCOUNT);
        stubVerification(200, """
                {"consNo":"3715260113","arrears":"0.00","transferAllowed":false,"refusalCode":"METER_FAULT",
                 "message":"表计故障"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("METER_FAULT");
        stub.server().verify(0, postRequestedFor(urlEqualTo(TRANSFER)));
    }

    @Test
    void anUnparsableAnswerBreaksTheContract() {
        stub.expectViolations();
        stubLookup(200, ACCOUNT);
        stubVerification(200, ALLOWED);
        stubTransfer(200, "{\"workOrderNo\":");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("unparsable");
    }

    @Test
    void anUndocumentedStatusBreaksTheContract() {
        stub.expectViolations();
        stubLookup(409, """
                {"errorCode":"ARREARS_OUTSTANDING","message":"?"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("409");
    }

    @Test
    void aWrongErrorCodeBreaksTheContract() {
        stub.expectViolations();
        stubLookup(404, """
                {"errorCode":"NO_SUCH_THING","message":"?"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("NO_SUCH_THING");
    }

    @Test
    void aCommandWithAnUnknownIdTypeIsNotSent() {
        ObjectNode passport = residentBuyer().put("idType", "PASSPORT");

        assertThatThrownBy(() -> handler.handle(command(passport))).isInstanceOf(InvalidCommandException.class);
        stub.server().verify(0, anyRequestedFor(anyUrl()));
    }

    private void stubLookup(int status, String json) {
        stub.server().stubFor(answer(get(urlEqualTo(LOOKUP)), status, json));
    }

    private void stubVerification(int status, String json) {
        stub.server().stubFor(answer(post(urlEqualTo(VERIFICATION)), status, json));
    }

    private void stubTransfer(int status, String json) {
        stub.server().stubFor(answer(post(urlEqualTo(TRANSFER)), status, json));
    }

    /** Answers only a call with the hub's current token, so every test also checks that it is sent. */
    private static MappingBuilder answer(MappingBuilder request, int status, String json) {
        return request.withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json));
    }

    private ObjectNode residentBuyer() {
        return mapper.createObjectNode()
                .put("name", "张平").put("idType", "RESIDENT_ID").put("idNumber", "371526199005104244")
                .put("phone", "15045980949");
    }

    private AgencyCommand command(ObjectNode newOwner) {
        ObjectNode data = mapper.createObjectNode()
                .put("unitNumber", UNIT)
                .put("address", "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室")
                .put("transferDate", "2026-11-25");
        data.set("newOwner", newOwner);
        data.set("previousOwner", mapper.createObjectNode().put("name", "何敏"));
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M1", "power",
                "account-transfer", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
