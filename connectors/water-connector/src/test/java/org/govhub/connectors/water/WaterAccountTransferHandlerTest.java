package org.govhub.connectors.water;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

class WaterAccountTransferHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/water.v1.yaml", "/water");

    private static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:water";
    private static final String PATH = "/water/sdq/gh";
    private static final String API_KEY = "test-water-key";

    private final ObjectMapper mapper = new ObjectMapper();
    private WaterAccountTransferHandler handler;

    @BeforeEach
    void handler() {
        handler = new WaterAccountTransferHandler(stub.endpoint(Duration.ofSeconds(5)), API_KEY, mapper);
    }

    @Test
    void aTransferIsAppliedWithTheUtilitysReference() throws Exception {
        answer(200, """
                {"code":"0000","msg":"过户成功","data":{"slbh":"%s","hh":"GTSW30000037",
                 "ghbh":"SWGH20261125000001","ghsj":"2026-11-25 10:15:00"}}""".formatted(COMMAND_ID));

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result).isEqualTo(AgencyResult.applied("SWGH20261125000001"));
    }

    @Test
    void theUtilityGetsOnlyTheAllowedFieldsInItsOwnFormat() throws Exception {
        answer(200, """
                {"code":"2001","msg":"该不动产单元无用水户","data":{"slbh":"%s"}}""".formatted(COMMAND_ID));

        handler.handle(command(residentBuyer()));

        // equalToJson is strict: any field beyond these (a price, the seller's ID or phone) fails it.
        stub.server().verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Api-Key", equalTo(API_KEY))
                .withRequestBody(equalToJson("""
                        {"slbh":"%s",
                         "bdcdyh":"371526002002GB00001F00020202",
                         "zl":"山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室",
                         "qxdm":"371526","djsj":"2026-11-25",
                         "qlrmc":"张平","qlrzjzl":"1","qlrzjh":"371526199005104244","qlrdh":"15045980949",
                         "ywrmc":"何敏"}""".formatted(COMMAND_ID))));
        assertThat(stub.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void anOrganisationWithoutAPhoneIsSentAsCode7WithoutQlrdh() throws Exception {
        answer(200, """
                {"code":"2001","msg":"该不动产单元无用水户","data":{"slbh":"%s"}}""".formatted(COMMAND_ID));
        ObjectNode company = mapper.createObjectNode()
                .put("name", "高唐县示例商贸有限公司").put("idType", "USCC").put("idNumber", "91371526MA3C11116D");

        handler.handle(command(company));

        List<LoggedRequest> requests = stub.server().findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        ObjectNode sent = (ObjectNode) mapper.readTree(requests.get(0).getBodyAsString());
        assertThat(sent.get("qlrzjzl").asText()).isEqualTo("7");
        assertThat(sent.get("qlrzjh").asText()).isEqualTo("91371526MA3C11116D");
        assertThat(sent.has("qlrdh")).isFalse();
    }

    @Test
    void noWaterAccountAtTheUnitIsNotApplicable() throws Exception {
        answer(200, """
                {"code":"2001","msg":"该不动产单元无用水户","data":{"slbh":"%s"}}""".formatted(COMMAND_ID));

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(result.reasonCode()).isEqualTo("NO_ACCOUNT");
    }

    @Test
    void arrearsAreARejection() throws Exception {
        answer(200, """
                {"code":"2002","msg":"用水户存在欠费，请结清后办理过户",
                 "data":{"slbh":"%s","hh":"GTSW30000185","qfje":"58.00"}}""".formatted(COMMAND_ID));

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("ARREARS");
    }

    @Test
    void anInvalidRequestAnsweredWith4001IsARejectionNamingTheField() throws Exception {
        answer(400, """
                {"code":"4001","msg":"参数错误：qlrzjh 须为18位证件号"}""");

        AgencyResult result = handler.handle(command(residentBuyer()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reasonCode()).isEqualTo("INVALID_REQUEST");
        assertThat(result.reason()).contains("qlrzjh");
    }

    @Test
    void anInternalErrorIsTransient() {
        answer(500, """
                {"code":"9999","msg":"系统异常，请稍后重试"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("500");
    }

    @Test
    void aGatewayOutageIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("water is down")));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsTransient() {
        WaterAccountTransferHandler impatient = new WaterAccountTransferHandler(stub.endpoint(Duration.ofMillis(300)), API_KEY, mapper);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(okJson("""
                {"code":"2001","msg":"该不动产单元无用水户","data":{"slbh":"%s"}}""".formatted(COMMAND_ID))
                .withFixedDelay(1_500)));

        assertThatThrownBy(() -> impatient.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("unreachable");
        // Let the stub finish the late answer here, not in the next test's journal.
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.server().getAllServeEvents().size() == 1);
    }

    @Test
    void aResetConnectionIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anUndocumentedCodeBreaksTheContract() {
        stub.expectViolations();
        answer(200, """
                {"code":"3001","msg":"未知","data":{"slbh":"%s"}}""".formatted(COMMAND_ID));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("3001");
    }

    @Test
    void aSuccessWithoutTheReferenceBreaksTheContract() {
        stub.expectViolations();
        answer(200, """
                {"code":"0000","msg":"过户成功","data":{"slbh":"%s","hh":"GTSW30000037"}}""".formatted(COMMAND_ID));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("ghbh");
    }

    @Test
    void anUnparsableAnswerBreaksTheContract() {
        stub.expectViolations();
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"0000\",")));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("unparsable");
    }

    @Test
    void anHtmlPageBreaksTheContract() {
        stub.expectViolations();
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>维护中</html>")));

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("text/html");
    }

    @Test
    void anUndocumentedStatusBreaksTheContract() {
        stub.expectViolations();
        answer(403, """
                {"code":"4003","msg":"无权访问"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("403");
    }

    @Test
    void aRefusedApiKeyFailsTheCommandWithoutRetry() {
        answer(401, """
                {"code":"4010","msg":"接口密钥无效"}""");

        assertThatThrownBy(() -> handler.handle(command(residentBuyer())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessage("water refused the hub's credentials (HTTP 401); check govhub.connectors.water.*");
    }

    @Test
    void aCommandWithoutTheRequiredDataIsNotSent() {
        AgencyCommand command = command(residentBuyer());
        ((ObjectNode) command.data()).remove("previousOwner");

        assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(InvalidCommandException.class);
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private ObjectNode residentBuyer() {
        return mapper.createObjectNode()
                .put("name", "张平").put("idType", "RESIDENT_ID").put("idNumber", "371526199005104244")
                .put("phone", "15045980949");
    }

    private AgencyCommand command(ObjectNode newOwner) {
        ObjectNode data = mapper.createObjectNode()
                .put("unitNumber", "371526002002GB00001F00020202")
                .put("address", "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室")
                .put("transferDate", "2026-11-25");
        data.set("newOwner", newOwner);
        data.set("previousOwner", mapper.createObjectNode().put("name", "何敏"));
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M1", "water",
                "account-transfer", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
