package org.govhub.simulators.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.govhub.simulators.support.testkit.SimulatorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * M4/M5 taxpayer registration and deregistration and M8 new-housing materials at the simulated
 * tax bureau, every exchange checked against tax.v1.yaml (M7's levies: TaxJudicialLevySimulatorTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.tax.app-key=" + TaxSimulatorTest.KEY)
class TaxSimulatorTest extends SimulatorTest {

    static final String KEY = "test-tax-key";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/tax.v1.yaml", "/tax");

    @Autowired
    EnterpriseSeed seed;

    // --- M4 新办纳税人登记 ---

    @Test
    void registersANewTaxpayerOnceAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = registration("l-1", seed.applications().get(0));
        MvcResult first = mvc.perform(call("/tax/api/nsrdj", request, KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("00")).andExpect(jsonPath("$.data.fpsl").value("Y")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(call("/tax/api/nsrdj", request, KEY)).andReturn();
        CONTRACT.assertConforms(again);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());

        CONTRACT.assertConforms(mvc.perform(call("/tax/api/nsrdj", registration("l-2", seed.applications().get(0)), KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("22")).andReturn());
    }

    @Test
    void refusesARepresentativeOnTheListOfSeriousViolators() throws Exception {
        CONTRACT.assertConforms(mvc.perform(call("/tax/api/nsrdj", registration("l-3", seed.applications().get(3)), KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("21")).andReturn());
    }

    // --- M5 清税注销 ---

    @Test
    void deregistersOnlyAClearedTaxpayerAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = deregistration("l-4", seed.registered().get(0));
        MvcResult cleared = mvc.perform(call("/tax/api/nsrzx", request, KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("00")).andExpect(jsonPath("$.data.qsbh").exists()).andReturn();
        CONTRACT.assertConforms(cleared);
        MvcResult again = mvc.perform(call("/tax/api/nsrzx", request, KEY)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(cleared.getResponse().getContentAsString());

        CONTRACT.assertConforms(mvc.perform(call("/tax/api/nsrzx", deregistration("l-5", seed.registered().get(3)), KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("31")).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/tax/api/nsrzx", deregistration("l-6", seed.registered().get(8)), KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("32")).andReturn());
    }

    @Test
    void aBadCodeIs40NamingTheFieldWithoutTheCode() throws Exception {
        ObjectNode bad = registration("l-7", seed.applications().get(1)).put("nsrsbh", "91371526MA3N10009K");
        MvcResult invalid = mvc.perform(call("/tax/api/nsrdj", bad, KEY)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("40")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("nsrsbh")
                .doesNotContain("MA3N10009K");
        CONTRACT.assertAnswerConforms(mvc.perform(call("/tax/api/nsrzx",
                deregistration("l-8", seed.registered().get(1)).put("zxrq", "2026-02-30"), KEY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("40")).andReturn());
    }

    // --- M8 new-housing materials ---

    @Test
    void recordsAMaterialOnceAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = material("m-1", "SALE_CONTRACT");
        MvcResult first = mvc.perform(call("/tax/api/deed-tax/new-housing-materials", request, KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("0000")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(call("/tax/api/deed-tax/new-housing-materials", request, KEY)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        CONTRACT.assertConforms(mvc.perform(call("/tax/api/deed-tax/new-housing-materials", material("m-2", "MARRIAGE"), KEY))
                .andExpect(jsonPath("$.code").value("0000")).andReturn());

        JsonNode materials = readBack("/_sim/tax/new-housing-materials", "applicationNo", "XF20261125-0001");
        assertThat(materials).hasSize(2);
    }

    @Test
    void aMalformedMaterialIs1001NamingTheField() throws Exception {
        ObjectNode bad = material("m-3", "SALE_CONTRACT").put("application_no", "X");
        MvcResult invalid = mvc.perform(call("/tax/api/deed-tax/new-housing-materials", bad, KEY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("1001")).andReturn();
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("application_no");
        CONTRACT.assertAnswerConforms(invalid);
    }

    @Test
    void aWrongAppKeyIs41OnEveryInterfaceAndChangesNothing() throws Exception {
        ObjectNode request = registration("l-9", seed.applications().get(2));
        CONTRACT.assertConforms(mvc.perform(call("/tax/api/nsrdj", request, "wrong")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("41")).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/tax/api/nsrzx", deregistration("l-10", seed.registered().get(1)), "wrong"))
                .andExpect(status().isUnauthorized()).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/tax/api/deed-tax/new-housing-materials", material("m-4", "HOUSEHOLD"),
                "wrong")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("41")).andReturn());
        mvc.perform(call("/tax/api/nsrdj", request, KEY)).andExpect(jsonPath("$.code").value("00"));
    }

    private ObjectNode registration(String lsh, JsonNode e) {
        JsonNode rep = e.path("legalRepresentative");
        return mapper.createObjectNode().put("lsh", lsh).put("nsrsbh", e.path("uscc").asText())
                .put("nsrmc", e.path("name").asText()).put("djzclx", "173").put("scjydz", e.path("address").asText())
                .put("xzqhdm", "371526").put("kyrq", "2026-11-25").put("fddbrxm", rep.path("name").asText())
                .put("fddbrsfzjzl", "201").put("fddbrsfzjhm", rep.path("idNumber").asText()).put("sqfp", "Y");
    }

    private ObjectNode deregistration(String lsh, JsonNode e) {
        return mapper.createObjectNode().put("lsh", lsh).put("nsrsbh", e.path("uscc").asText())
                .put("nsrmc", e.path("name").asText()).put("zxlx", "1").put("zxyy", "VOLUNTARY_DISSOLUTION")
                .put("zxrq", "2026-11-25");
    }

    private ObjectNode material(String requestId, String type) {
        ObjectNode r = mapper.createObjectNode().put("request_id", requestId).put("application_no", "XF20261125-0001")
                .put("material_type", type);
        r.putObject("material").put("filing_no", "GTBA-2026-000101").put("price", "520000.00");
        return r;
    }

    private static MockHttpServletRequestBuilder call(String path, ObjectNode body, String key) {
        return post(path).contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .header("X-Tax-App-Key", key).content(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
