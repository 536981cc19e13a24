package org.govhub.simulators.approval;

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
        properties = "govhub.simulators.approval.api-token=" + ApprovalSimulatorTest.TOKEN)
@AutoConfigureMockMvc
class ApprovalSimulatorTest {

    static final String TOKEN = "test-approval-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/approval.v1.yaml", "/approval");

    @Autowired
    MockMvc mvc;
    @Autowired
    GaotangEnterprises enterprises;
    @Autowired
    ApprovalRecords records;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    MockHttpServletRequestBuilder report(String path, String json) {
        return post("/approval/api/v1/" + path).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    String result(String commandId, String uscc) {
        return """
                {"commandId":"%s","resultId":"JG-2026-00088","kind":"ENFORCEMENT","uscc":"%s","enterpriseName":"某公司",
                 "decisionNo":"高市监罚〔2026〕88号","penalty":"FINE","fineYuan":"5000.00","decidedOn":"2026-11-23",
                 "summary":"超范围经营"}""".formatted(commandId, uscc);
    }

    String notice(String commandId, String uscc, int version) {
        return """
                {"commandId":"%s","uscc":"%s","enterpriseName":"某公司","version":%d,"action":"CHANGE","creditClass":"D",
                 "effectiveDate":"2026-11-25"}""".formatted(commandId, uscc, version);
    }

    @Test
    void aResultIsRecordedOnceAndRefusedWithoutALicence() throws Exception {
        String licensed = enterprises.all().get(0).uscc();
        MvcResult ok = mvc.perform(report("supervision-results", result("c-1", licensed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECORDED")).andReturn();
        CONTRACT.assertConforms(ok);
        mvc.perform(report("supervision-results", result("c-1", licensed))).andExpect(status().isOk());
        assertThat(records.supervisionResults()).hasSize(1);

        String unlicensed = enterprises.all().get(7).uscc();
        MvcResult refused = mvc.perform(report("supervision-results", result("c-2", unlicensed)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NO_LICENCE_ON_RECORD")).andReturn();
        CONTRACT.assertConforms(refused);
    }

    @Test
    void theNewestCreditVersionIsKeptAndAnOlderOneRefused() throws Exception {
        String uscc = enterprises.all().get(0).uscc();
        CONTRACT.assertConforms(mvc.perform(report("credit-notices", notice("n-3", uscc, 3))).andExpect(status().isOk()).andReturn());
        MvcResult stale = mvc.perform(report("credit-notices", notice("n-2", uscc, 2)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.heldVersion").value(3)).andReturn();
        CONTRACT.assertConforms(stale);
        assertThat(records.ratings().get(uscc).version()).isEqualTo(3);
    }

    @Test
    void anInvalidRequestNamesTheFieldAndTheRule() throws Exception {
        String uscc = enterprises.all().get(0).uscc();
        String bad = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        MvcResult invalid = mvc.perform(report("credit-notices", notice("n-9", bad, 2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("uscc")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString()).doesNotContain(bad);
        mvc.perform(report("finding-outcomes", "{\"commandId\":\"o-1\",\"findingId\":\"SPYC-1\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws Exception {
        MvcResult refused = mvc.perform(post("/approval/api/v1/credit-notices").header("Authorization", "Bearer nope")
                .contentType(MediaType.APPLICATION_JSON).content(notice("n-1", enterprises.all().get(0).uscc(), 2)))
                .andExpect(status().isUnauthorized()).andReturn();
        CONTRACT.assertConforms(refused);
    }
}
