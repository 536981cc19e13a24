package org.govhub.simulators.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.govhub.simulators.support.EnterpriseSeed;
import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.govhub.simulators.support.testkit.SimulatorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The market bureau's two operations MarketSimulatorTest leaves out, every exchange checked
 * against market.v1.yaml: M5's deregistration notice and M2's licence filing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.market.app-code=" + MarketDeregistrationAndLicenceSimulatorTest.CODE)
class MarketDeregistrationAndLicenceSimulatorTest extends SimulatorTest {

    static final String CODE = "test-code";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/market.v1.yaml", "/market");

    @Autowired
    EnterpriseSeed seed;
    @Autowired
    GaotangEnterprises enterprises;

    // --- M5 deregistration notice ---

    @Test
    void aDeregisteredEnterpriseLeavesTheDirectoryOnceAndARepeatGetsTheFirstAnswer() throws Exception {
        String notice = notice("d-1", seed.registered().get(0));
        MvcResult recorded = mvc.perform(call("/supervision/deregistrations", notice, CODE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true)).andExpect(jsonPath("$.data.recordId").exists()).andReturn();
        CONTRACT.assertConforms(recorded);
        MvcResult again = mvc.perform(call("/supervision/deregistrations", notice, CODE)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(recorded.getResponse().getContentAsString());
        CONTRACT.assertConforms(mvc.perform(call("/supervision/deregistrations", notice("d-2", seed.registered().get(0)), CODE))
                .andExpect(jsonPath("$.errorCode").value("NOT_IN_DIRECTORY")).andReturn());
    }

    @Test
    void anEnterpriseUnderInvestigationOrOutsideTheDirectoryIsRefused() throws Exception {
        CONTRACT.assertConforms(mvc.perform(call("/supervision/deregistrations", notice("d-3", seed.registered().get(7)), CODE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.errorCode").value("UNDER_INVESTIGATION")).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/supervision/deregistrations", notice("d-4", seed.registered().get(8)), CODE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.errorCode").value("NOT_IN_DIRECTORY")).andReturn());
    }

    @Test
    void aBadCodeIsAnInvalidRequestNamingTheFieldAndAWrongAppCodeIsRefused() throws Exception {
        String bad = notice("d-5", seed.registered().get(1)).replace(seed.registered().get(1).path("uscc").asText(),
                "91371526MA3N10009K");
        MvcResult invalid = mvc.perform(call("/supervision/deregistrations", bad, CODE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCode").value("INVALID_REQUEST")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("entCode")
                .doesNotContain("MA3N10009K");
        CONTRACT.assertConforms(mvc.perform(call("/supervision/deregistrations", notice("d-6", seed.registered().get(1)), "nope"))
                .andExpect(status().isUnauthorized()).andReturn());
    }

    // --- M2 licence filing ---

    @Test
    void aLicenceIsFiledOnceForASupervisedEnterpriseAndRefusedForOneOutsideTheDirectory() throws Exception {
        String inside = enterprises.all().get(0).uscc();
        String filing = licence("l-1", inside);
        MvcResult filed = mvc.perform(call("/xkxx/ba", filing, CODE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true)).andReturn();
        CONTRACT.assertConforms(filed);
        MvcResult again = mvc.perform(call("/xkxx/ba", filing, CODE)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(filed.getResponse().getContentAsString());

        CONTRACT.assertConforms(mvc.perform(call("/xkxx/ba", licence("l-2", enterprises.all().get(2).uscc()), CODE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.errorCode").value("NOT_IN_DIRECTORY")).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/xkxx/ba", licence("l-3", inside), "nope"))
                .andExpect(status().isUnauthorized()).andReturn());
    }

    private String notice(String bizId, JsonNode e) {
        return """
                {"bizId":"%s","entCode":"%s","entName":"%s","cancelType":"SIMPLIFIED","cancelDate":"2026-11-25",
                 "licences":[{"licenceNo":"JY137152600010000","licenceType":"食品经营许可证","issuer":"高唐县行政审批服务局"}]}"""
                .formatted(bizId, e.path("uscc").asText(), e.path("name").asText());
    }

    private static String licence(String bizId, String uscc) {
        return """
                {"bizId":"%s","licenceNo":"JY33715260012345","licenceType":"02","entCode":"%s","entName":"某公司",
                 "entAddress":"高唐县鱼丘湖街道金城路16号","divisionCode":"371526","scope":"热食类食品制售",
                 "grantDate":"2026-11-21","validTo":"2031-11-20"}""".formatted(bizId, uscc);
    }

    private static MockHttpServletRequestBuilder call(String path, String json, String code) {
        return post("/market" + path).header("Authorization", "APPCODE " + code).contentType(MediaType.APPLICATION_JSON)
                .characterEncoding(StandardCharsets.UTF_8).content(json.getBytes(StandardCharsets.UTF_8));
    }
}
