package org.govhub.simulators.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.market.app-code=" + MarketSimulatorTest.CODE)
@AutoConfigureMockMvc
class MarketSimulatorTest {

    static final String CODE = "test-code";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/market.v1.yaml", "/market");

    @Autowired
    MockMvc mvc;
    @Autowired
    GaotangEnterprises enterprises;
    @Autowired
    MarketSupervision supervision;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    MockHttpServletRequestBuilder call(String path, String json) {
        return post("/market" + path).header("Authorization", "APPCODE " + CODE)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    String finding(String bizId, String uscc) {
        return """
                {"bizId":"%s","findingNo":"SPYC-2026-000101","anomalyType":"01","entCode":"%s","entName":"某公司",
                 "foundDate":"2026-11-20","description":"同一地址登记多户"}""".formatted(bizId, uscc);
    }

    String riskClass(String bizId, String uscc, String list, String cls, String ratio, int version) {
        return """
                {"bizId":"%s","entCode":"%s","entName":"某公司","codeList":"%s","riskClass":"%s","samplingRatio":"%s",
                 "version":%d,"changeType":"CHANGE","effectiveDate":"2026-11-25"}""".formatted(bizId, uscc, list, cls, ratio, version);
    }

    @Test
    void aFindingListsTheEnterpriseOnceAndASecondIsAlreadyListed() throws Exception {
        String uscc = enterprises.all().get(0).uscc();
        CONTRACT.assertConforms(mvc.perform(call("/zdjg/mdlr", finding("b-1", uscc)))
                .andExpect(jsonPath("$.success").value(true)).andReturn());
        MvcResult again = mvc.perform(call("/zdjg/mdlr", finding("b-2", uscc)))
                .andExpect(jsonPath("$.errorCode").value("ALREADY_LISTED")).andReturn();
        CONTRACT.assertConforms(again);
        String outside = enterprises.all().get(2).uscc();
        CONTRACT.assertConforms(mvc.perform(call("/zdjg/mdlr", finding("b-3", outside)))
                .andExpect(jsonPath("$.errorCode").value("NOT_IN_DIRECTORY")).andReturn());
        assertThat(supervision.supervised(uscc).orElseThrow().keySupervisionFinding()).isEqualTo("SPYC-2026-000101");
    }

    @Test
    void theRatioSentIsAppliedForEitherListAndOlderVersionsAreRefused() throws Exception {
        String uscc = enterprises.all().get(0).uscc();
        CONTRACT.assertConforms(mvc.perform(call("/xyfl/gx", riskClass("r-1", uscc, "SD-A-E", "E", "1.00", 2)))
                .andExpect(jsonPath("$.data.samplingRatio").value("1.00")).andReturn());
        assertThat(supervision.supervised(uscc).orElseThrow().riskClass()).isEqualTo("E");
        CONTRACT.assertConforms(mvc.perform(call("/xyfl/gx", riskClass("r-2", uscc, "GB-A-D", "B", "0.20", 3)))
                .andExpect(jsonPath("$.data.samplingRatio").value("0.20")).andReturn());
        assertThat(supervision.supervised(uscc).orElseThrow().samplingRatio()).isEqualTo("0.20");
        CONTRACT.assertConforms(mvc.perform(call("/xyfl/gx", riskClass("r-3", uscc, "GB-A-D", "C", "0.60", 3)))
                .andExpect(jsonPath("$.errorCode").value("STALE_VERSION")).andReturn());
    }

    @Test
    void aClassOutsideItsListOrABadCodeIsAnInvalidRequestNamingTheField() throws Exception {
        String uscc = enterprises.all().get(0).uscc();
        MvcResult e = mvc.perform(call("/xyfl/gx", riskClass("r-9", uscc, "GB-A-D", "E", "1.00", 2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errorCode").value("INVALID_REQUEST")).andReturn();
        CONTRACT.assertConforms(e);
        assertThat(e.getResponse().getContentAsString()).contains("riskClass");
        String bad = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        assertThat(mvc.perform(call("/zdjg/mdlr", finding("b-9", bad))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("entCode").doesNotContain(bad);
    }

    @Test
    void aWrongAppCodeIsRefused() throws Exception {
        CONTRACT.assertConforms(mvc.perform(post("/market/zdjg/mdlr").header("Authorization", "APPCODE nope")
                .contentType(MediaType.APPLICATION_JSON).content(finding("b-1", enterprises.all().get(0).uscc())))
                .andExpect(status().isUnauthorized()).andReturn());
    }
}
