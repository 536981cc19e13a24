package org.govhub.connectors.approval;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The approval connector's M2 and M3 handlers against a stub checked by contracts/agencies/approval.v1.yaml. */
class ApprovalHandlersTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/approval.v1.yaml", "/approval");

    static final String USCC = "91371526MA3E36TH3B";
    static final String RESULT_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M2:approval:supervision-result";
    static final String NOTICE_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M3:approval:credit-rating-notice";
    static final String OUTCOME_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M2:approval:finding-outcome";

    private final ObjectMapper mapper = new ObjectMapper();

    ApprovalReports reports() {
        ApprovalConnectorProperties p = new ApprovalConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(20));
        p.setApiToken("test-approval-token");
        return new ApprovalReports(p, mapper);
    }

    AgencyCommand command(String id, String mandate, String name, ObjectNode data) {
        return new AgencyCommand(id, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", mandate, "approval", name,
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    ObjectNode enforcement() {
        ObjectNode d = mapper.createObjectNode();
        d.put("resultId", "JG-2026-00088").put("kind", "ENFORCEMENT");
        d.putObject("enterprise").put("uscc", USCC).put("name", "高唐县金城餐饮管理有限公司");
        d.put("licenceNo", "JY33715260012345").put("decisionNo", "高市监罚〔2026〕88号").put("penalty", "FINE")
                .put("fineYuan", "5000.00").put("decidedOn", "2026-11-23").put("summary", "超范围经营，责令改正并处罚款");
        return d;
    }

    ObjectNode notice() {
        ObjectNode d = mapper.createObjectNode();
        d.put("uscc", USCC).put("enterpriseName", "高唐县金城餐饮管理有限公司").put("version", 4).put("action", "CORRECTION")
                .put("creditClass", "C").put("previousClass", "D").put("supersedesVersion", 3)
                .put("effectiveDate", "2026-11-25");
        return d;
    }

    void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aSupervisionResultIsRecordedWithTheBureausReceipt() throws Exception {
        answer("/approval/api/v1/supervision-results", 200, """
                {"commandId":"%s","status":"RECORDED","receiptNo":"SPJ-20261125-000001"}""".formatted(RESULT_ID));

        AgencyResult result = new ApprovalSupervisionResultHandler(reports())
                .handle(command(RESULT_ID, "M2", "supervision-result", enforcement()));

        assertThat(result).isEqualTo(AgencyResult.applied("SPJ-20261125-000001"));
        stub.server().verify(postRequestedFor(urlEqualTo("/approval/api/v1/supervision-results"))
                .withHeader("Authorization", equalTo("Bearer test-approval-token"))
                .withRequestBody(equalToJson("""
                        {"commandId":"%s","resultId":"JG-2026-00088","kind":"ENFORCEMENT","uscc":"%s",
                         "enterpriseName":"高唐县金城餐饮管理有限公司","licenceNo":"JY33715260012345",
                         "decisionNo":"高市监罚〔2026〕88号","penalty":"FINE","fineYuan":"5000.00",
                         "decidedOn":"2026-11-23","summary":"超范围经营，责令改正并处罚款"}""".formatted(RESULT_ID, USCC))));
    }

    @Test
    void noLicenceOnRecordIsARefusal() throws Exception {
        answer("/approval/api/v1/supervision-results", 404, """
                {"code":"NO_LICENCE_ON_RECORD","message":"本局无该主体的许可记录"}""");

        AgencyResult result = new ApprovalSupervisionResultHandler(reports())
                .handle(command(RESULT_ID, "M2", "supervision-result", enforcement()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("NO_LICENCE_ON_RECORD");
    }

    @Test
    void aCreditNoticeCarriesItsVersionAndAStaleOneIsRefused() throws Exception {
        answer("/approval/api/v1/credit-notices", 409, """
                {"code":"STALE_VERSION","message":"已有相同或更新版本","heldVersion":5}""");

        AgencyResult result = new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", notice()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("STALE_VERSION");
        stub.server().verify(postRequestedFor(urlEqualTo("/approval/api/v1/credit-notices")).withRequestBody(equalToJson("""
                {"commandId":"%s","uscc":"%s","enterpriseName":"高唐县金城餐饮管理有限公司","version":4,"action":"CORRECTION",
                 "creditClass":"C","previousClass":"D","supersedesVersion":3,"effectiveDate":"2026-11-25"}"""
                .formatted(NOTICE_ID, USCC))));
    }

    @Test
    void aFindingOutcomeIsRecorded() throws Exception {
        answer("/approval/api/v1/finding-outcomes", 200, """
                {"commandId":"%s","status":"RECORDED","receiptNo":"FKJ-20261125-000001"}""".formatted(OUTCOME_ID));
        ObjectNode d = mapper.createObjectNode();
        d.put("findingId", "SPYC-2026-000101");
        d.putObject("enterprise").put("uscc", USCC);
        d.put("outcome", "PARTIAL");
        d.putObject("market").put("status", "REJECTED").put("reasonCode", "NOT_IN_DIRECTORY");

        AgencyResult result = new ApprovalFindingOutcomeHandler(reports()).handle(command(OUTCOME_ID, "M2", "finding-outcome", d));

        assertThat(result.status()).isEqualTo(OutcomeStatus.APPLIED);
        stub.server().verify(postRequestedFor(urlEqualTo("/approval/api/v1/finding-outcomes")).withRequestBody(equalToJson("""
                {"commandId":"%s","findingId":"SPYC-2026-000101","uscc":"%s","outcome":"PARTIAL",
                 "marketStatus":"REJECTED","marketReasonCode":"NOT_IN_DIRECTORY"}""".formatted(OUTCOME_ID, USCC))));
    }

    @Test
    void anInvalidRequestFailsNamingTheField() throws Exception {
        answer("/approval/api/v1/credit-notices", 400, """
                {"code":"INVALID_REQUEST","message":"uscc 不符合统一社会信用代码规则 (GB 32100-2015)","field":"uscc"}""");

        AgencyResult result = new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", notice()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reason()).contains("field uscc");
    }

    @Test
    void undocumentedAnswersBreakTheContract() {
        stub.expectViolations();
        answer("/approval/api/v1/supervision-results", 409, """
                {"code":"STALE_VERSION","message":"x"}""");
        assertThatThrownBy(() -> new ApprovalSupervisionResultHandler(reports())
                .handle(command(RESULT_ID, "M2", "supervision-result", enforcement())))
                .isInstanceOf(ContractViolationException.class);

        answer("/approval/api/v1/supervision-results", 200, """
                {"commandId":"%s","status":"RECORDED","receiptNo":"no receipt"}""".formatted(RESULT_ID));
        assertThatThrownBy(() -> new ApprovalSupervisionResultHandler(reports())
                .handle(command(RESULT_ID, "M2", "supervision-result", enforcement())))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("receiptNo");

        stub.server().stubFor(post(urlEqualTo("/approval/api/v1/supervision-results")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/html").withBody("<html/>")));
        assertThatThrownBy(() -> new ApprovalSupervisionResultHandler(reports())
                .handle(command(RESULT_ID, "M2", "supervision-result", enforcement())))
                .isInstanceOf(ContractViolationException.class);
    }

    @Test
    void outagesTimeoutsAndRefusedCredentialsAreToldApart() {
        stub.server().stubFor(post(urlEqualTo("/approval/api/v1/credit-notices")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"INTERNAL_ERROR\",\"message\":\"系统异常\"}")));
        assertThatThrownBy(() -> new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", notice())))
                .isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo("/approval/api/v1/credit-notices")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", notice())))
                .isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo("/approval/api/v1/credit-notices")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"UNAUTHORIZED\",\"message\":\"令牌无效\"}")));
        assertThatThrownBy(() -> new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", notice())))
                .isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void badValuesInACommandAreInvalidNamingFieldAndRule() {
        ObjectNode bad = notice().put("effectiveDate", "2026-02-30");
        assertThatThrownBy(() -> new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", bad)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("effectiveDate").hasMessageContaining("rule date");
        ObjectNode noVersion = notice().put("version", 0);
        assertThatThrownBy(() -> new ApprovalCreditRatingNoticeHandler(reports())
                .handle(command(NOTICE_ID, "M3", "credit-rating-notice", noVersion)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("version").hasMessageContaining("rule range");
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }
}
