package org.govhub.simulators.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** M2: feedback on supervision results (POST /jgxx/fk), against market.v1.yaml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.market.app-code=" + MarketSupervisionResultFeedbackTest.CODE)
@AutoConfigureMockMvc
class MarketSupervisionResultFeedbackTest {

    static final String CODE = "test-code";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/market.v1.yaml", "/market");

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketSupervisionResultFeedback feedback;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void feedbackIsRecordedOnceAndAMalformedOneNamesTheField() throws Exception {
        String report = """
                {"bizId":"x:M2:market:supervision-result-outcome","resultNo":"JG-2026-00088","entCode":"91371526MA3TCULH0C",
                 "outcome":"COMPLETED","approvalStatus":"APPLIED","approvalReceiptNo":"SPJ-20261125-000001"}""";
        MvcResult first = mvc.perform(post("/market/jgxx/fk").header("Authorization", "APPCODE " + CODE)
                        .contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isOk()).andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.data.bizId").value("x:M2:market:supervision-result-outcome")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(post("/market/jgxx/fk").header("Authorization", "APPCODE " + CODE)
                .contentType(MediaType.APPLICATION_JSON).content(report)).andExpect(status().isOk()).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(feedback.feedback()).hasSize(1);

        // A request outside the contract (so not checked against it) is refused naming the field.
        mvc.perform(post("/market/jgxx/fk").header("Authorization", "APPCODE " + CODE)
                        .contentType(MediaType.APPLICATION_JSON).content(report.replace("APPLIED", "DONE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errorCode").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.errorMsg").value(org.hamcrest.Matchers.containsString("approvalStatus")));
        MvcResult refused = mvc.perform(post("/market/jgxx/fk").header("Authorization", "APPCODE nope")
                .contentType(MediaType.APPLICATION_JSON).content(report)).andExpect(status().isUnauthorized()).andReturn();
        CONTRACT.assertConforms(refused);
    }
}
