package org.govhub.simulators.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.contracts.schema.EventSchemas;
import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.testkit.FakeHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The tax bureau's system pushing M7's payment confirmation and M3's credit records to a fake hub. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.tax.app-key=" + TaxPushTest.KEY)
@AutoConfigureMockMvc
class TaxPushTest {

    static final String KEY = "test-tax-key";
    private static final FakeHub HUB = FakeHub.start();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangJudicialSeed seed;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "tax");
    }

    @AfterAll
    static void stop() {
        HUB.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        HUB.clear();
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void aPaymentAtTheCounterIsReportedFromThePaidLevyOnceAndValidAgainstTheHubsSchema() throws Exception {
        GaotangJudicialSeed.Case c = seed.cases().get(0);
        String levyNo = levy(c);

        JsonNode report = json(mvc.perform(post("/_sim/tax/levies/{no}/payment-report", levyNo))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(report.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        FakeHub.Received pushed = HUB.received().get(0);
        assertThat(pushed.client()).isEqualTo("tax");
        JsonNode data = json(pushed.body()).path("data");
        assertThat(EventSchemas.fromClasspath().validate(TaxDeedTaxPaidReports.PAID, data)).isEmpty();
        assertThat(data.path("levyNo").asText()).isEqualTo(levyNo);
        assertThat(data.path("caseNumber").asText()).isEqualTo(c.caseNumber());
        assertThat(data.path("deedTax").asText()).isEqualTo("15000.00");
        assertThat(data.path("taxPaymentCertificateNo").asText()).startsWith("WS371526");
        assertThat(data.path("taxpayer").path("idNumber").asText()).isEqualTo(c.transferee().idNumber());

        JsonNode again = json(mvc.perform(post("/_sim/tax/levies/{no}/payment-report", levyNo))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.path("eventId").asText()).as("the same payment, the same event").isEqualTo(report.path("eventId").asText());
        assertThat(HUB.received().get(1).body()).isEqualTo(pushed.body());
    }

    @Test
    void aLevyItDoesNotHoldIsRefusedAndNothingIsPushed() throws Exception {
        mvc.perform(post("/_sim/tax/levies/{no}/payment-report", "QS371526209999999")).andExpect(status().isNotFound());
        assertThat(HUB.received()).isEmpty();
    }

    @Test
    void aCreditRecordIsPushedWithTheBureauAsItsAuthority() throws Exception {
        ObjectNode record = mapper.createObjectNode().put("recordId", "TAX-T-000001").put("version", 1)
                .put("action", "SUBMIT").put("category", "TAX_VIOLATION").put("severity", "GENERAL")
                .put("decidedOn", "2026-11-18").put("documentNo", "高税罚〔2026〕1号").put("summary", "逾期申报");
        record.putObject("enterprise").put("uscc", "91371526MA3TCULH0C").put("name", "高唐县鲁西商贸有限公司");

        JsonNode pushed = json(mvc.perform(post("/_sim/tax/credit-records").contentType(MediaType.APPLICATION_JSON)
                .content(record.toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(pushed.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode data = json(HUB.received().get(0).body()).path("data");
        assertThat(data.path("authority").asText()).isEqualTo("tax");
        assertThat(EventSchemas.fromClasspath().validate(TaxCreditRecordPushes.CREDIT_RECORD, data)).isEmpty();
        mvc.perform(post("/_sim/tax/credit-records").contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.error")
                        .value("recordId: required"));
    }

    private String levy(GaotangJudicialSeed.Case jc) throws Exception {
        ObjectNode body = mapper.createObjectNode().put("request_id", "r-push-1").put("case_number", jc.caseNumber())
                .put("unit_number", jc.unitNumber()).put("address", jc.address()).put("ruling_date", jc.rulingDate())
                .put("taxable_amount", jc.disposalPrice());
        body.putObject("transferee").put("name", jc.transferee().name()).put("id_type", jc.transferee().idType())
                .put("id_number", jc.transferee().idNumber());
        body.put("transferor_name", jc.transferor().name());
        String answer = mvc.perform(post("/tax/api/deed-tax/judicial-levies").header("X-Tax-App-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse().getContentAsString();
        return json(answer).path("data").path("levy_no").asText();
    }

    private JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }
}
