package org.govhub.simulators.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The register's enterprise look-up (M9) and the licence-filing outcomes (M2), against approval.v1.yaml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.approval.api-token=" + ApprovalM9M2AdditionsTest.TOKEN)
@AutoConfigureMockMvc
class ApprovalM9M2AdditionsTest {

    static final String TOKEN = "test-approval-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/approval.v1.yaml", "/approval");

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseSeed seed;
    @Autowired
    ApprovalLicenceFilingOutcomes outcomes;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void aRegisteredEnterpriseIsAnsweredWithTheRegistersFactsAndNothingPersonal() throws Exception {
        JsonNode e = seed.registered().get(0);
        MvcResult found = mvc.perform(get("/approval/api/v1/enterprises/" + e.path("uscc").asText())
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(e.path("name").asText()))
                .andExpect(jsonPath("$.establishedDate").value(e.path("establishedDate").asText()))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andReturn();
        CONTRACT.assertConforms(found);
        assertThat(found.getResponse().getContentAsString())
                .doesNotContain(e.path("legalRepresentative").path("idNumber").asText());

        MvcResult missing = mvc.perform(get("/approval/api/v1/enterprises/91371526MA3N10009J")
                .header("Authorization", "Bearer " + TOKEN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND")).andReturn();
        CONTRACT.assertConforms(missing);
        MvcResult refused = mvc.perform(get("/approval/api/v1/enterprises/" + e.path("uscc").asText())
                .header("Authorization", "Bearer nope")).andExpect(status().isUnauthorized()).andReturn();
        CONTRACT.assertConforms(refused);
    }

    @Test
    void aLicenceFilingOutcomeIsRecordedOnce() throws Exception {
        String report = """
                {"commandId":"x:M2:approval:licence-filing-outcome","licenceNo":"JY33715260012345",
                 "uscc":"91371526MA3E36TH3B","outcome":"COMPLETED","marketStatus":"APPLIED"}""";
        MvcResult first = mvc.perform(post("/approval/api/v1/licence-filing-outcomes")
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECORDED")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(post("/approval/api/v1/licence-filing-outcomes")
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isOk()).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(outcomes.outcomes()).hasSize(1);

        // A request outside the contract (so not checked against it) is refused naming the field.
        mvc.perform(post("/approval/api/v1/licence-filing-outcomes")
                        .header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(report.replace("COMPLETED", "DONE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.field").value("outcome"));
    }
}
