package org.govhub.connectors.market;

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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
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

/** The market connector's M2 and M3 handlers against a stub checked by contracts/agencies/market.v1.yaml. */
class MarketHandlersTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/market.v1.yaml", "/market");

    static final String USCC = "91371526MA3TCULH0C";
    static final String LISTING = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M2:market:key-supervision";
    static final String RISK = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M3:market:credit-risk-class";

    private final ObjectMapper mapper = new ObjectMapper();

    MarketApi api() {
        MarketConnectorProperties p = new MarketConnectorProperties();
        p.setBaseUrl(stub.baseUrl());
        p.setReadTimeout(Duration.ofSeconds(20));
        p.setAppCode("test-code");
        return new MarketApi(p, mapper);
    }

    static CreditRiskCodeLists codeList(String list, Map<String, Map<String, BigDecimal>> ratios) {
        MarketConnectorProperties.RiskClasses c = new MarketConnectorProperties.RiskClasses();
        c.setCodeList(list);
        c.setRatios(ratios);
        return CreditRiskCodeLists.configured(c);
    }

    AgencyCommand command(String commandId, String mandate, String name, ObjectNode data) {
        return new AgencyCommand(commandId, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", mandate, "market", name,
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    ObjectNode finding() {
        ObjectNode d = mapper.createObjectNode();
        d.put("findingId", "SPYC-2026-000101").put("findingType", "ONE_ADDRESS_MANY_LICENCES");
        d.putObject("enterprise").put("uscc", USCC).put("name", "高唐县鲁西商贸有限公司")
                .put("address", "高唐县鱼丘湖街道人和路10号").put("divisionCode", "371526");
        d.putArray("relatedEnterprises").add("91371526MA387WL111");
        d.put("foundOn", "2026-11-20").put("summary", "同一地址登记多户市场主体");
        return d;
    }

    ObjectNode rating(String creditClass) {
        ObjectNode d = mapper.createObjectNode();
        d.put("uscc", USCC).put("enterpriseName", "高唐县鲁西商贸有限公司").put("version", 2).put("action", "CHANGE")
                .put("creditClass", creditClass).put("effectiveDate", "2026-11-25");
        return d;
    }

    void answer(String path, int status, String json) {
        stub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aFindingIsListedWithMarketSupervisionsOwnFieldsAndCodes() throws Exception {
        answer("/market/zdjg/mdlr", 200, """
                {"success":true,"data":{"bizId":"%s","recordId":"SCJG-ZDJG-2026-000001"}}""".formatted(LISTING));

        AgencyResult result = new MarketKeySupervisionHandler(api())
                .handle(command(LISTING, "M2", "key-supervision", finding()));

        assertThat(result).isEqualTo(AgencyResult.applied("SCJG-ZDJG-2026-000001"));
        stub.server().verify(1, postRequestedFor(urlEqualTo("/market/zdjg/mdlr"))
                .withHeader("Authorization", equalTo("APPCODE test-code"))
                .withRequestBody(equalToJson("""
                        {"bizId":"%s","findingNo":"SPYC-2026-000101","anomalyType":"01","entCode":"%s",
                         "entName":"高唐县鲁西商贸有限公司","entAddress":"高唐县鱼丘湖街道人和路10号","divisionCode":"371526",
                         "relatedEntCodes":["91371526MA387WL111"],"foundDate":"2026-11-20","description":"同一地址登记多户市场主体"}
                        """.formatted(LISTING, USCC))));
    }

    @Test
    void notInTheDirectoryIsARefusalAndAlreadyListedIsNothingToDo() throws Exception {
        answer("/market/zdjg/mdlr", 200, """
                {"success":false,"errorCode":"NOT_IN_DIRECTORY","errorMsg":"检查对象名录库中无该企业","data":{"bizId":"%s"}}"""
                .formatted(LISTING));
        AgencyResult refused = new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding()));
        assertThat(refused.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(refused.reasonCode()).isEqualTo("NOT_IN_DIRECTORY");

        answer("/market/zdjg/mdlr", 200, """
                {"success":false,"errorCode":"ALREADY_LISTED","errorMsg":"已在重点监管名单",
                 "data":{"bizId":"%s","recordId":"SCJG-ZDJG-2026-000007"}}""".formatted(LISTING));
        AgencyResult listed = new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding()));
        assertThat(listed.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(listed.agencyReference()).isEqualTo("SCJG-ZDJG-2026-000007");
    }

    @Test
    void anInvalidRequestFailsWithMarketSupervisionsMessage() throws Exception {
        answer("/market/zdjg/mdlr", 400, """
                {"success":false,"errorCode":"INVALID_REQUEST","errorMsg":"entCode: 统一社会信用代码校验位错误"}""");

        AgencyResult result = new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reason()).contains("entCode");
    }

    @Test
    void aLicenceIsFiledWithItsTypeCode() throws Exception {
        String id = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M2:market:licence-filing";
        answer("/market/xkxx/ba", 200, """
                {"success":true,"data":{"bizId":"%s","recordId":"SCJG-XKBA-2026-000001"}}""".formatted(id));
        ObjectNode d = mapper.createObjectNode();
        d.put("licenceNo", "JY33715260012345").put("licenceType", "FOOD_BUSINESS");
        d.putObject("enterprise").put("uscc", USCC).put("name", "高唐县鲁西商贸有限公司");
        d.put("grantedOn", "2026-11-21").put("validUntil", "2031-11-20");

        AgencyResult result = new MarketLicenceFilingHandler(api()).handle(command(id, "M2", "licence-filing", d));

        assertThat(result.status()).isEqualTo(OutcomeStatus.APPLIED);
        stub.server().verify(postRequestedFor(urlEqualTo("/market/xkxx/ba")).withRequestBody(equalToJson("""
                {"bizId":"%s","licenceNo":"JY33715260012345","licenceType":"02","entCode":"%s",
                 "entName":"高唐县鲁西商贸有限公司","grantDate":"2026-11-21","validTo":"2031-11-20"}""".formatted(id, USCC))));
    }

    @Test
    void theNationalListSendsEachClassWithItsSamplingRatio() throws Exception {
        for (var expected : Map.of("A", "0.05", "B", "0.20", "C", "0.60", "D", "1.00").entrySet()) {
            stub.server().resetAll();
            answer("/market/xyfl/gx", 200, """
                    {"success":true,"data":{"bizId":"%s","recordId":"SCJG-XYFL-2026-000001","samplingRatio":"%s","version":2}}"""
                    .formatted(RISK, expected.getValue()));

            AgencyResult result = new MarketCreditRiskClassHandler(api(), codeList("GB-A-D", Map.of()))
                    .handle(command(RISK, "M3", "credit-risk-class", rating(expected.getKey())));

            assertThat(result.status()).as(expected.getKey()).isEqualTo(OutcomeStatus.APPLIED);
            stub.server().verify(postRequestedFor(urlEqualTo("/market/xyfl/gx")).withRequestBody(equalToJson("""
                    {"bizId":"%s","entCode":"%s","entName":"高唐县鲁西商贸有限公司","codeList":"GB-A-D","riskClass":"%s",
                     "samplingRatio":"%s","version":2,"changeType":"CHANGE","effectiveDate":"2026-11-25"}"""
                    .formatted(RISK, USCC, expected.getKey(), expected.getValue()))));
        }
    }

    @Test
    void shandongsListHasFiveClassesAndItsConfiguredRatios() throws Exception {
        // Test figures only: the source of Shandong's ratios is unknown, so each must be configured.
        CreditRiskCodeLists shandong = codeList("SD-A-E", Map.of("SD-A-E", Map.of("A", new BigDecimal("0.03"),
                "B", new BigDecimal("0.12"), "C", new BigDecimal("0.25"), "D", new BigDecimal("0.50"), "E", BigDecimal.ONE)));
        for (var expected : Map.of("A", "0.03", "B", "0.12", "C", "0.25", "D", "0.50", "E", "1.00").entrySet()) {
            stub.server().resetAll();
            answer("/market/xyfl/gx", 200, """
                    {"success":true,"data":{"bizId":"%s","recordId":"SCJG-XYFL-2026-000002","samplingRatio":"%s","version":2}}"""
                    .formatted(RISK, expected.getValue()));

            AgencyResult result = new MarketCreditRiskClassHandler(api(), shandong)
                    .handle(command(RISK, "M3", "credit-risk-class", rating(expected.getKey())));

            assertThat(result.status()).as(expected.getKey()).isEqualTo(OutcomeStatus.APPLIED);
            stub.server().verify(postRequestedFor(urlEqualTo("/market/xyfl/gx")).withRequestBody(equalToJson("""
                    {"bizId":"%s","entCode":"%s","entName":"高唐县鲁西商贸有限公司","codeList":"SD-A-E","riskClass":"%s",
                     "samplingRatio":"%s","version":2,"changeType":"CHANGE","effectiveDate":"2026-11-25"}"""
                    .formatted(RISK, USCC, expected.getKey(), expected.getValue()))));
        }
    }

    @Test
    void aClassOutsideTheListIsAnInvalidCommandNamingFieldAndRuleAndNothingIsSent() {
        assertThatThrownBy(() -> new MarketCreditRiskClassHandler(api(), codeList("GB-A-D", Map.of()))
                .handle(command(RISK, "M3", "credit-risk-class", rating("E"))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("creditClass").hasMessageContaining("credit-risk-class").hasMessageContaining("GB-A-D");
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void shandongsListWithoutEveryClassesRatioStopsStartUpSayingTheSourceIsUnknown() {
        assertThatThrownBy(() -> codeList("SD-A-E", Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ratios.SD-A-E.A, B, C, D, E").hasMessageContaining("source")
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> codeList("SD-A-E", Map.of("SD-A-E", Map.of("A", new BigDecimal("0.05")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ratios.SD-A-E.B, C, D, E");
        assertThatThrownBy(() -> codeList("SD-A-E", Map.of("SD-A-E", Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE,
                "C", BigDecimal.ONE, "D", BigDecimal.ONE, "E", BigDecimal.ONE, "F", BigDecimal.ONE))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names class F");
    }

    @Test
    void aMisconfiguredListStopsStartUp() {
        assertThatThrownBy(() -> codeList("GB-A-E", Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("code-list");
        assertThatThrownBy(() -> codeList("GB-A-D", Map.of("GB-A-D", Map.of("E", BigDecimal.ONE))))
                .hasMessageContaining("class E");
        assertThatThrownBy(() -> codeList("GB-A-D", Map.of("GB-A-D", Map.of("A", new BigDecimal("1.5")))))
                .hasMessageContaining("at most 1");
    }

    @Test
    void anAnswerWithAnotherRatioThanSentBreaksTheContract() {
        answer("/market/xyfl/gx", 200, """
                {"success":true,"data":{"bizId":"%s","recordId":"SCJG-XYFL-2026-000001","samplingRatio":"0.05","version":2}}"""
                .formatted(RISK));

        assertThatThrownBy(() -> new MarketCreditRiskClassHandler(api(), codeList("GB-A-D", Map.of()))
                .handle(command(RISK, "M3", "credit-risk-class", rating("D"))))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("samplingRatio");
    }

    @Test
    void staleVersionsAreRefused() throws Exception {
        answer("/market/xyfl/gx", 200, """
                {"success":false,"errorCode":"STALE_VERSION","errorMsg":"已有相同或更新版本","data":{"bizId":"%s","version":3}}"""
                .formatted(RISK));

        AgencyResult result = new MarketCreditRiskClassHandler(api(), codeList("GB-A-D", Map.of()))
                .handle(command(RISK, "M3", "credit-risk-class", rating("D")));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("STALE_VERSION");
    }

    @Test
    void undocumentedCodesAndMalformedReferencesBreakTheContract() {
        stub.expectViolations();
        answer("/market/zdjg/mdlr", 200, """
                {"success":false,"errorCode":"UNDER_INVESTIGATION","errorMsg":"x","data":{"bizId":"%s"}}""".formatted(LISTING));
        assertThatThrownBy(() -> new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding())))
                .isInstanceOf(ContractViolationException.class);

        answer("/market/zdjg/mdlr", 200, """
                {"success":true,"data":{"bizId":"%s","recordId":"ZDJG-1"}}""".formatted(LISTING));
        assertThatThrownBy(() -> new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding())))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("recordId").hasMessageContaining("record-number");
    }

    @Test
    void outagesResetsAndRefusedCredentialsAreToldApart() {
        stub.server().stubFor(post(urlEqualTo("/market/zdjg/mdlr")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("market is down")));
        assertThatThrownBy(() -> new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding())))
                .isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo("/market/zdjg/mdlr")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding())))
                .isInstanceOf(AgencyUnavailableException.class);

        stub.server().stubFor(post(urlEqualTo("/market/zdjg/mdlr")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"errorCode\":\"UNAUTHORIZED\",\"errorMsg\":\"AppCode 无效\"}")));
        assertThatThrownBy(() -> new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", finding())))
                .isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aCommandWithABadCodeIsInvalidBeforeAnythingIsSent() {
        ObjectNode bad = finding();
        ((ObjectNode) bad.path("enterprise")).put("uscc", "91371526MA3TCULH0D");
        assertThatThrownBy(() -> new MarketKeySupervisionHandler(api()).handle(command(LISTING, "M2", "key-supervision", bad)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("enterprise.uscc").hasMessageContaining("rule uscc")
                .hasMessageNotContaining("91371526MA3TCULH0D");
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }
}
