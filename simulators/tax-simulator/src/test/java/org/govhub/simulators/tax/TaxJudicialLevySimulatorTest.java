package org.govhub.simulators.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.simulators.support.GaotangJudicialSeed;
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
        properties = "govhub.simulators.tax.app-key=" + TaxJudicialLevySimulatorTest.KEY)
@AutoConfigureMockMvc
class TaxJudicialLevySimulatorTest {

    static final String KEY = "test-tax-key";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/tax.v1.yaml", "/tax");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangJudicialSeed seed;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void leviesThreePercentDeedTaxAndStampDutyOnceAndAnswersARepeatTheSame() throws Exception {
        MvcResult first = mvc.perform(levy("r-1", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("0000"))
                .andExpect(jsonPath("$.data.deed_tax").value("15000.00"))
                .andExpect(jsonPath("$.data.stamp_duty").value("250.00"))
                .andExpect(jsonPath("$.data.total_due").value("15250.00"))
                .andReturn();
        CONTRACT.assertConforms(first);
        String levyNo = mapper.readTree(first.getResponse().getContentAsString()).path("data").path("levy_no").asText();
        mvc.perform(levy("r-1", 0)).andExpect(jsonPath("$.data.levy_no").value(levyNo));
        mvc.perform(levy("r-2", 0)).andExpect(jsonPath("$.data.levy_no").value(levyNo));
    }

    @Test
    void refusesATransfereeWhoseRegistrationIsCancelled() throws Exception {
        MvcResult result = mvc.perform(levy("r-3", 3)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("2001")).andReturn();
        CONTRACT.assertConforms(result);
    }

    @Test
    void cancelsAnUnpaidLevyAndRefundsAPaidOne() throws Exception {
        mvc.perform(levy("r-4", 0)).andExpect(jsonPath("$.code").value("0000"));
        CONTRACT.assertConforms(mvc.perform(cancel("c-1", 0)).andExpect(jsonPath("$.data.status").value("CANCELLED"))
                .andExpect(jsonPath("$.data.refund_amount").value("0.00")).andReturn());

        MvcResult levied = mvc.perform(levy("r-5", 1)).andReturn();
        String levyNo = mapper.readTree(levied.getResponse().getContentAsString()).path("data").path("levy_no").asText();
        mvc.perform(post("/_sim/tax/levies/{no}/payment", levyNo)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.certificateNo").isNotEmpty());
        mvc.perform(cancel("c-2", 1)).andExpect(jsonPath("$.data.status").value("REFUNDED"))
                .andExpect(jsonPath("$.data.refund_amount").value("16378.50"));
        CONTRACT.assertConforms(mvc.perform(cancel("c-3", 2)).andExpect(jsonPath("$.code").value("2004")).andReturn());
    }

    @Test
    void aMalformedRequestNamesTheFieldAndTheRuleNotTheValue() throws Exception {
        ObjectNode body = levyBody("r-6", 0);
        body.put("case_number", "(2026)鲁1526执301号");
        MvcResult result = mvc.perform(post("/tax/api/deed-tax/judicial-levies").header("X-Tax-App-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("1001")).andReturn();
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("case_number").contains("若干规定").doesNotContain("(2026)鲁1526执301号");
    }

    @Test
    void refusesAMissingAppKey() throws Exception {
        mvc.perform(post("/tax/api/deed-tax/judicial-levies").contentType(MediaType.APPLICATION_JSON)
                .content(levyBody("r-7", 0).toString())).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("41"));
    }

    private MockHttpServletRequestBuilder levy(String requestId, int c) {
        return post("/tax/api/deed-tax/judicial-levies").header("X-Tax-App-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(levyBody(requestId, c).toString());
    }

    private MockHttpServletRequestBuilder cancel(String requestId, int c) {
        GaotangJudicialSeed.Case jc = seed.cases().get(c);
        ObjectNode body = mapper.createObjectNode().put("request_id", requestId).put("case_number", jc.caseNumber())
                .put("unit_number", jc.unitNumber()).put("withdrawn_on", "2026-11-25").put("reason", "SETTLED");
        return post("/tax/api/deed-tax/judicial-levies/cancellations").header("X-Tax-App-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString());
    }

    private ObjectNode levyBody(String requestId, int c) {
        GaotangJudicialSeed.Case jc = seed.cases().get(c);
        ObjectNode body = mapper.createObjectNode().put("request_id", requestId).put("case_number", jc.caseNumber())
                .put("unit_number", jc.unitNumber()).put("address", jc.address()).put("ruling_date", jc.rulingDate())
                .put("taxable_amount", jc.disposalPrice());
        body.putObject("transferee").put("name", jc.transferee().name()).put("id_type", jc.transferee().idType())
                .put("id_number", jc.transferee().idNumber());
        body.put("transferor_name", jc.transferor().name());
        return body;
    }
}
