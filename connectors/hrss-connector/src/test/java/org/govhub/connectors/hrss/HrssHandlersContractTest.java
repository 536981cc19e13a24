package org.govhub.connectors.hrss;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both hrss handlers against a stub that enforces contracts/agencies/hrss.v1.yaml. */
class HrssHandlersContractTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/hrss.v1.yaml", "/hrss");

    private static final String USCC = "91371526MA3N10009J";
    private final ObjectMapper mapper = new ObjectMapper();
    private HrssSocialInsuranceRegistrationHandler registration;
    private HrssSocialInsuranceCancellationHandler cancellation;

    @BeforeEach
    void handlers() {
        HrssConnectorProperties p = new HrssConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(60));
        p.setApiToken("test-hrss-token");
        registration = new HrssSocialInsuranceRegistrationHandler(p, mapper);
        cancellation = new HrssSocialInsuranceCancellationHandler(p, mapper);
    }

    @Test
    void aRegistrationSendsOnlyTheAllowedFieldsAndTheUnitNumberIsTheReference() throws Exception {
        answer("/hrss/unit/register", 200, "{\"ret\":0,\"msg\":\"参保登记成功\",\"data\":{\"unit_insurance_no\":\"37152600000823\"}}");

        assertThat(registration.handle(registrationCommand())).isEqualTo(AgencyResult.applied("37152600000823"));
        stub.server().verify(1, postRequestedFor(urlEqualTo("/hrss/unit/register"))
                .withHeader("Authorization", equalTo("Bearer test-hrss-token"))
                .withRequestBody(equalToJson("""
                        {"serial_no":"x:M4:hrss:social-insurance-registration","unit_code":"%s",
                         "unit_name":"高唐县恒丰食品有限公司","address":"山东省聊城市高唐县鱼丘湖街道金城路10号",
                         "area_code":"371526","found_date":"20261125","staff_count":14,"legal_name":"张伟",
                         "legal_id_type":"01","legal_id_no":"371526199001010013","contact_phone":"13905351234"}"""
                        .formatted(USCC))));
    }

    @Test
    void refusalsNothingToDoAndMalformedRequests() throws Exception {
        answer("/hrss/unit/register", 200, "{\"ret\":1001,\"msg\":\"法定代表人身份信息核验未通过\"}");
        assertThat(registration.handle(registrationCommand()).reasonCode()).isEqualTo("IDENTITY_NOT_VERIFIED");
        answer("/hrss/unit/register", 200, "{\"ret\":1002,\"msg\":\"单位已参保登记\"}");
        assertThat(registration.handle(registrationCommand()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        answer("/hrss/unit/register", 400, "{\"ret\":4000,\"msg\":\"unit_code: 校验位错误\"}");
        assertThat(registration.handle(registrationCommand()).reason()).contains("unit_code");
        answer("/hrss/unit/cancel", 200, "{\"ret\":2001,\"msg\":\"单位存在欠缴社会保险费\"}");
        assertThat(cancellation.handle(cancellationCommand()).reasonCode()).isEqualTo("CONTRIBUTIONS_OWED");
        answer("/hrss/unit/cancel", 200, "{\"ret\":2002,\"msg\":\"无该单位参保登记\"}");
        assertThat(cancellation.handle(cancellationCommand()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        answer("/hrss/unit/cancel", 200, "{\"ret\":0,\"msg\":\"注销成功\",\"data\":{\"cancel_no\":\"ZX37152620260001\"}}");
        assertThat(cancellation.handle(cancellationCommand())).isEqualTo(AgencyResult.applied("ZX37152620260001"));
    }

    @Test
    void aBadUnitNumberOrAnUndocumentedRetBreaksTheContract() {
        stub.expectViolations();
        answer("/hrss/unit/register", 200, "{\"ret\":0,\"msg\":\"ok\",\"data\":{\"unit_insurance_no\":\"12\"}}");
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("unit_insurance_no");
        answer("/hrss/unit/register", 200, "{\"ret\":7,\"msg\":\"?\"}");
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void outagesAndRefusedTokens() {
        stub.expectViolations();
        answer("/hrss/unit/register", 500, "{}");
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(AgencyUnavailableException.class);
        answer("/hrss/unit/register", 401, "{\"ret\":4010,\"msg\":\"令牌无效\"}");
        assertThatThrownBy(() -> registration.handle(registrationCommand())).isInstanceOf(AgencyAuthenticationException.class);
    }

    private void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand registrationCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("address", "山东省聊城市高唐县鱼丘湖街道金城路10号").put("divisionCode", "371526")
                .put("establishedDate", "2026-11-25").put("staffCount", 14);
        data.putObject("legalRepresentative").put("name", "张伟").put("idType", "RESIDENT_ID")
                .put("idNumber", "371526199001010013").put("phone", "13905351234");
        return new AgencyCommand("x:M4:hrss:social-insurance-registration", "x", "e", "M4", "hrss",
                "social-insurance-registration", OffsetDateTime.now(), null, data);
    }

    private AgencyCommand cancellationCommand() {
        ObjectNode data = mapper.createObjectNode().put("uscc", USCC).put("name", "高唐县恒丰食品有限公司")
                .put("reason", "VOLUNTARY_DISSOLUTION").put("deregisteredDate", "2026-11-25");
        return new AgencyCommand("x:M5:hrss:social-insurance-cancellation", "x", "e", "M5", "hrss",
                "social-insurance-cancellation", OffsetDateTime.now(), null, data);
    }
}
