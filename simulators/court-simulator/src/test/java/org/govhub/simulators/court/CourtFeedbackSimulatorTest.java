package org.govhub.simulators.court;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.court.username=govhub", "govhub.simulators.court.password=pw"})
@AutoConfigureMockMvc
class CourtFeedbackSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/court.v1.yaml", "/court");

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void recordsFeedbackOnceForAKnownCase() throws Exception {
        CONTRACT.assertConforms(mvc.perform(feedback("f-1", "（2026）鲁1526执301号", "LEVY"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(true)).andReturn());
        mvc.perform(feedback("f-1", "（2026）鲁1526执301号", "LEVY")).andExpect(jsonPath("$.receiptNo").value("HZ2026000001"));
        mvc.perform(get("/_sim/court/feedback").param("caseNumber", "（2026）鲁1526执301号"))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void refusesAnUnknownCaseAndAMalformedStage() throws Exception {
        CONTRACT.assertConforms(mvc.perform(feedback("f-2", "（2026）鲁1526执999号", "LEVY"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errorCode").value("CASE_NOT_FOUND")).andReturn());
        mvc.perform(feedback("f-3", "（2026）鲁1526执301号", "PAYMENT")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorMessage").value("stage: must be one of LEVY, REGISTRATION, WITHDRAWAL"));
    }

    @Test
    void refusesAWrongAccount() throws Exception {
        mvc.perform(post("/court/api/enforcement/assistance-feedback").with(r -> {
                    r.addHeader("Authorization", "Basic Z292aHViOm5v");
                    return r;
                }).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.errorCode").value("UNAUTHORIZED"));
    }

    private MockHttpServletRequestBuilder feedback(String id, String caseNumber, String stage) {
        return post("/court/api/enforcement/assistance-feedback")
                .header("Authorization", "Basic Z292aHViOnB3")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"feedbackId":"%s","caseNumber":"%s","unitNumber":"371526007001GB00700F00010101",
                         "stage":"%s","outcome":"LEVIED_AWAITING_PAYMENT",
                         "steps":[{"agency":"tax","command":"deed-tax-levy","status":"APPLIED"}]}""".formatted(id, caseNumber, stage));
    }
}
