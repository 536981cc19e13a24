package org.govhub.connectors.tax;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both tax handlers against a stub that enforces contracts/agencies/tax.v1.yaml on every request and answer. */
class TaxHandlersContractTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/tax.v1.yaml", "/tax");

    private static final String USCC = "91371526MA3N10009J";
    private static final String REGISTER = "/tax/api/nsrdj";
    private static final String DEREGISTER = "/tax/api/nsrzx";
    private static final String KEY = "test-tax-key";

    private final ObjectMapper mapper = new ObjectMapper();
    private TaxTaxpayerRegistrationHandler registration;
    private TaxTaxpayerDeregistrationHandler deregistration;

    @BeforeEach
    void handlers() {
        TaxConnectorProperties p = new TaxConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setConnectTimeout(Duration.ofSeconds(1));
        p.setReadTimeout(Duration.ofSeconds(60));
        p.setAppKey(KEY);
        registration = new TaxTaxpayerRegistrationHandler(p, mapper);
        deregistration = new TaxTaxpayerDeregistrationHandler(p, mapper);
    }

    @Test
    void aRegistrationSendsOnlyTheAllowedFieldsInTheTaxSystemsTermsAndTheSequenceNumberIsTheReference() throws Exception {
        answer(REGISTER, 200, "{\"code\":\"00\",\"msg\":\"登记成功\",\"data\":{\"nsrsbh\":\"" + USCC
                + "\",\"djxh\":\"10113715260000000123\",\"fpsl\":\"Y\"}}");

        AgencyResult result = registration.handle(registrationCommand());

        assertThat(result).isEqualTo(AgencyResult.applied("10113715260000000123"));
        stub.server().verify(1, postRequestedFor(urlEqualTo(REGISTER)).withHeader("X-Tax-App-Key", equalTo(KEY))
                .withRequestBody(equalToJson("""
                        {"lsh":"x:M4:tax:taxpayer-registration","nsrsbh":"%s","nsrmc":"高唐县恒丰食品有限公司",
                         "djzclx":"173","scjydz":"山东省聊城市高唐县鱼丘湖街道金城路10号","xzqhdm":"371526",
                         "jyfw":"食品产品的生产、销售","zczb":"2820000.00","kyrq":"2026-11-25","fddbrxm":"张伟",
                         "fddbrsfzjzl":"201","fddbrsfzjhm":"371526199001010013","fddbrlxdh":"13905351234","sqfp":"Y"}"""
                        .formatted(USCC))));
    }

    @Test
    void aBlacklistedRepresentativeIsARefusalAndAnExistingTaxpayerNothingToDo() throws Exception {
        answer(REGISTER, 200, "{\"code\":\"21\",\"msg\":\"法定代表人为重大税收违法失信主体，不予办理\"}");
        assertThat(registration.handle(registrationCommand()).reasonCode()).isEqualTo("REPRESENTATIVE_BLACKLISTED");

        answer(REGISTER, 200, "{\"code\":\"22\",\"msg\":\"该纳税人已办理登记\"}");
        AgencyResult again = registration.handle(registrationCommand());
        assertThat(again.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(again.reasonCode()).isEqualTo("ALREADY_REGISTERED");
    }

    @Test
    void aMalformedRequestAnswered40FailsNamingTheField() throws Exception {
        answer(REGISTER, 400, "{\"code\":\"40\",\"msg\":\"nsrsbh: 统一社会信用代码校验位错误\"}");

        AgencyResult result = registration.handle(registrationCommand());

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reason()).contains("nsrsbh");
    }

    @Test
    void anotherEnterprisesCodeOrABadSequenceNumberInTheAnswerBreaksTheContract() {
        stub.expectViolations();
        answer(REGISTER, 200, "{\"code\":\"00\",\"msg\":\"登记成功\",\"data\":{\"nsrsbh\":\"91371526MA3N10375E\","
                + "\"djxh\":\"10113715260000000123\"}}");
        assertThatThrownBy(() -> registration.handle(registrationCommand()))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("data.nsrsbh");

        answer(REGISTER, 200, "{\"code\":\"00\",\"msg\":\"登记成功\",\"data\":{\"nsrsbh\":\"" + USCC
                + "\",\"djxh\":\"12\"}}");
        assertThatThrownBy(() -> registration.handle(registrationCommand()))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("data.djxh");

        answer(REGISTER, 200, "{\"code\":\"99\",\"msg\":\"?\"}");
        assertThatThrownBy(() -> registration.handle(registrationCommand()))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("99");
    }

    @Test
    void outagesTimeoutsAndResetsAreTransient() {
        answer(REGISTER, 503, "{\"code\":\"50\",\"msg\":\"维护中\"}");
        stub.expectViolations();
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"00\"}").withFixedDelay(3_000)));
        assertThatThrownBy(() -> impatient().handle(registrationCommand())).isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aRefusedAppKeyIsACredentialsFailure() {
        answer(REGISTER, 401, "{\"code\":\"41\",\"msg\":\"应用密钥无效\"}");
        assertThatThrownBy(() -> registration.handle(registrationCommand()))
                .isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aCommandWithoutTheRequiredDataIsNotSent() {
        AgencyCommand command = registrationCommand();
        ((ObjectNode) command.data()).remove("uscc");
        assertThatThrownBy(() -> registration.handle(command)).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("uscc");
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void aDeregistrationIsClearedRefusedForUnpaidTaxOrNothingToDo() throws Exception {
        answer(DEREGISTER, 200, "{\"code\":\"00\",\"msg\":\"清税完毕，已注销\",\"data\":{\"qsbh\":\"QS3715262026000001\"}}");
        assertThat(deregistration.handle(deregistrationCommand())).isEqualTo(AgencyResult.applied("QS3715262026000001"));
        stub.server().verify(1, postRequestedFor(urlEqualTo(DEREGISTER)).withRequestBody(equalToJson("""
                {"lsh":"x:M5:tax:taxpayer-deregistration","nsrsbh":"%s","nsrmc":"高唐县恒丰食品有限公司","zxlx":"1",
                 "zxyy":"VOLUNTARY_DISSOLUTION","zxrq":"2026-11-25"}""".formatted(USCC))));

        answer(DEREGISTER, 200, "{\"code\":\"31\",\"msg\":\"存在未结清税款，不予清税\"}");
        assertThat(deregistration.handle(deregistrationCommand()).reasonCode()).isEqualTo("TAX_NOT_CLEARED");

        answer(DEREGISTER, 200, "{\"code\":\"32\",\"msg\":\"无该纳税人登记信息\"}");
        assertThat(deregistration.handle(deregistrationCommand()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }

    /** A registration handler that waits only a second for the answer. */
    private TaxTaxpayerRegistrationHandler impatient() {
        TaxConnectorProperties p = new TaxConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(1));
        p.setAppKey(KEY);
        return new TaxTaxpayerRegistrationHandler(p, mapper);
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand registrationCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("enterpriseType", "LIMITED_LIABILITY_COMPANY").put("address", "山东省聊城市高唐县鱼丘湖街道金城路10号")
                .put("divisionCode", "371526").put("businessScope", "食品产品的生产、销售")
                .put("registeredCapital", "2820000.00").put("establishedDate", "2026-11-25");
        data.putObject("legalRepresentative").put("name", "张伟").put("idType", "RESIDENT_ID")
                .put("idNumber", "371526199001010013").put("phone", "13905351234");
        data.putArray("services").add("TAX_REGISTRATION").add("INVOICE");
        return new AgencyCommand("x:M4:tax:taxpayer-registration", "x", "e", "M4", "tax", "taxpayer-registration",
                OffsetDateTime.now(), null, data);
    }

    private AgencyCommand deregistrationCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("procedure", "SIMPLIFIED").put("reason", "VOLUNTARY_DISSOLUTION").put("deregisteredDate", "2026-11-25");
        return new AgencyCommand("x:M5:tax:taxpayer-deregistration", "x", "e", "M5", "tax", "taxpayer-deregistration",
                OffsetDateTime.now(), null, data);
    }
}
