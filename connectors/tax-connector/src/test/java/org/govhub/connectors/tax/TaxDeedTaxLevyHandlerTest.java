package org.govhub.connectors.tax;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaxDeedTaxLevyHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/tax.v1.yaml", "/tax");

    private static final String COMMAND_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M7:tax:deed-tax-levy";
    private static final String PATH = "/tax/api/deed-tax/judicial-levies";
    private static final String APP_KEY = "test-tax-key";
    private static final String CASE = "（2026）鲁1526执301号";

    private final ObjectMapper mapper = new ObjectMapper();
    private TaxDeedTaxLevyHandler handler;

    @BeforeEach
    void handler() {
        handler = new TaxDeedTaxLevyHandler(stub.endpoint(Duration.ofSeconds(20)), APP_KEY, mapper);
    }

    @Test
    void theLevyIsAppliedWithTaxsLevyNumber() throws Exception {
        answer(200, levied());

        assertThat(handler.handle(command())).isEqualTo(AgencyResult.applied("QS371526202600001"));
    }

    @Test
    void taxGetsOnlyTheAllowedFieldsInItsOwnFormat() throws Exception {
        answer(200, levied());

        handler.handle(command());

        // equalToJson is strict: nothing beyond these fields goes to tax.
        stub.server().verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("X-Tax-App-Key", equalTo(APP_KEY))
                .withRequestBody(equalToJson("""
                        {"request_id":"%s","case_number":"%s","unit_number":"371526007001GB00700F00010101",
                         "address":"山东省聊城市高唐县鱼丘湖街道人和路20号1号楼1单元101室","ruling_date":"2026-11-10",
                         "taxable_amount":"500000.00",
                         "transferee":{"name":"高唐县鑫源小额贷款有限公司","id_type":"USCC","id_number":"91371526MA3C7001X6"},
                         "transferor_name":"褚丽娜"}""".formatted(COMMAND_ID, CASE))));
    }

    @Test
    void aTransfereeWhoIsNoTaxpayerInGoodStandingIsARejection() throws Exception {
        answer(200, """
                {"code":"2001","message":"受让方不是正常状态的纳税人"}""");

        AgencyResult result = handler.handle(command());

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("TAXPAYER_INVALID");
    }

    @Test
    void aCaseLeviedForAnotherUnitIsARejection() throws Exception {
        answer(200, """
                {"code":"2002","message":"该案号已对其他不动产单元征收"}""");

        assertThat(handler.handle(command()).reasonCode()).isEqualTo("CASE_LEVIED_FOR_OTHER_UNIT");
    }

    @Test
    void aMalformedRequestAnswerBreaksTheContract() {
        answer(400, """
                {"code":"1001","message":"case_number: 须为案号格式"}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("1001");
    }

    @Test
    void anOutageIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void aSlowAnswerIsTransient() {
        TaxDeedTaxLevyHandler impatient = new TaxDeedTaxLevyHandler(stub.endpoint(Duration.ofMillis(300)), APP_KEY, mapper);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(levied()).withFixedDelay(1_500)));

        assertThatThrownBy(() -> impatient.handle(command())).isInstanceOf(AgencyUnavailableException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.server().getAllServeEvents().size() == 1);
    }

    @Test
    void aResetConnectionIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void anUndocumentedCodeBreaksTheContract() {
        stub.expectViolations();
        answer(200, """
                {"code":"3001","message":"未知"}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("3001");
    }

    @Test
    void aSuccessWithoutALevyBreaksTheContract() {
        stub.expectViolations();
        answer(200, """
                {"code":"0000","message":"成功","data":{"case_number":"%s"}}""".formatted(CASE));

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aBodyThatIsNotJsonBreaksTheContract() {
        stub.expectViolations();
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":")));

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aRefusedAppKeyFailsWithoutRetry() {
        answer(401, """
                {"code":"41","msg":"应用密钥无效"}""");

        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aCommandWithoutTheTransfereeIsNotSent() {
        AgencyCommand command = command();
        ((ObjectNode) command.data()).remove("transferee");

        assertThatThrownBy(() -> handler.handle(command)).isInstanceOf(InvalidCommandException.class);
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    private static String levied() {
        return """
                {"code":"0000","message":"成功","data":{"levy_no":"QS371526202600001","case_number":"%s",
                 "deed_tax":"15000.00","stamp_duty":"250.00","total_due":"15250.00","status":"AWAITING_PAYMENT"}}"""
                .formatted(CASE);
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", CASE)
                .put("unitNumber", "371526007001GB00700F00010101")
                .put("address", "山东省聊城市高唐县鱼丘湖街道人和路20号1号楼1单元101室")
                .put("rulingDate", "2026-11-10")
                .put("disposalPrice", "500000.00");
        data.putObject("transferee").put("name", "高唐县鑫源小额贷款有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C7001X6");
        data.putObject("transferor").put("name", "褚丽娜");
        return new AgencyCommand(COMMAND_ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M7", "tax",
                "deed-tax-levy", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
