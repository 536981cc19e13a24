package org.govhub.simulators.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.approval.api-token=" + ApprovalConnectionWindowTest.TOKEN)
@AutoConfigureMockMvc
class ApprovalConnectionWindowTest {

    static final String TOKEN = "test-approval-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/approval.v1.yaml", "/approval");
    private static final String REPORT = """
            {"requestId":"r-1","outcome":"PARTIAL","utilities":[
              {"utility":"water","status":"APPLIED","reference":"SWBZ20261125000001","dueAt":"2026-11-27T16:00:00Z","late":false},
              {"utility":"gas","status":"NOT_APPLICABLE","reasonCode":"NOT_REQUESTED"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void recordsAReportOnceHoweverOftenItIsRepeated() throws Exception {
        MvcResult first = mvc.perform(report("GTBZ20261125001", REPORT)).andExpect(status().isOk()).andReturn();
        CONTRACT.assertConforms(first);
        mvc.perform(report("GTBZ20261125001", REPORT)).andExpect(status().isOk());

        JsonNode reports = mapper.readTree(mvc.perform(get("/_sim/approval/connection-outcomes")).andReturn()
                .getResponse().getContentAsString());
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).path("reportsReceived").asInt()).isEqualTo(1);
        assertThat(reports.get(0).path("utilities").get(0).path("reference").asText()).isEqualTo("SWBZ20261125000001");
    }

    @Test
    void aMalformedReportIs400NamingTheField() throws Exception {
        MvcResult result = mvc.perform(report("GTBZ20261125001", REPORT.replace("\"APPLIED\"", "\"DONE\"")))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("utilities[0].status");
        assertThat(CONTRACT.validate(result).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().startsWith("validation.request"))).isEmpty();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder report(String no, String body) {
        return put("/approval/api/v1/utility-connections/{no}/outcome", no).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TOKEN).content(body);
    }
}
