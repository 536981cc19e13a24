package org.govhub.simulators.telecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        properties = "govhub.simulators.telecom.api-token=" + TelecomSimulatorTest.TOKEN)
@AutoConfigureMockMvc
class TelecomSimulatorTest {

    static final String TOKEN = "test-telecom-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/telecom.v1.yaml", "/telecom");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void takesAnOrderAndAnswersARepeatWithTheFirstAnswer() throws Exception {
        MvcResult first = mvc.perform(order(request("t-1", "高唐县鱼丘湖街道金城路16号")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultCode").value("0")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(order(request("t-1", "高唐县鱼丘湖街道金城路16号"))).andReturn();

        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/telecom/orders")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
    }

    @Test
    void refusesATownWithoutFibreAndABuildingNotYetServed() throws Exception {
        CONTRACT.assertConforms(mvc.perform(order(request("t-2", "高唐县杨屯镇前街1号")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultCode").value("1102")).andReturn());
        CONTRACT.assertConforms(mvc.perform(order(request("t-3", "高唐县鱼丘湖街道在建商住楼1号")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultCode").value("1103")).andReturn());
    }

    @Test
    void aMalformedRequestIs400NamingTheFieldNotItsValue() throws Exception {
        ObjectNode bad = request("t-4", "高唐县鱼丘湖街道金城路16号");
        ((ObjectNode) bad.get("customer")).put("certNo", "12345");
        MvcResult result = mvc.perform(order(bad)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.resultCode").value("1001")).andReturn();
        assertResponseConforms(result);
        assertThat(result.getResponse().getContentAsString()).contains("customer.certNo").doesNotContain("12345");

        bad = request("t-5", "高唐县鱼丘湖街道金城路16号");
        bad.put("price", "1.00");
        mvc.perform(order(bad)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.resultMsg").value("参数校验失败：price"));
    }

    @Test
    void refusesAMissingOrWrongToken() throws Exception {
        MvcResult result = mvc.perform(post("/telecom/open/v1/install-orders").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer wrong").content(request("t-6", "x").toString()))
                .andExpect(status().isUnauthorized()).andReturn();
        assertResponseConforms(result);
    }

    /** The request breaks the contract on purpose; the answer must not. */
    private static void assertResponseConforms(MvcResult result) {
        assertThat(CONTRACT.validate(result).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().startsWith("validation.request"))).isEmpty();
    }

    private MockHttpServletRequestBuilder order(ObjectNode body) {
        return post("/telecom/open/v1/install-orders").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TOKEN).content(body.toString());
    }

    private ObjectNode request(String transactionId, String address) {
        ObjectNode o = mapper.createObjectNode().put("transactionId", transactionId).put("channelOrderNo", "GTBZ20261125001")
                .put("projectName", "高唐县鱼丘湖街道金城路16号商铺").put("installAddress", address)
                .put("areaCode", "371526").put("acceptDate", "2026-11-25");
        o.putObject("customer").put("name", "高唐县示例商贸有限公司").put("certType", "BUSINESS_LICENSE")
                .put("certNo", "91371526MA3C11116D").put("contactPhone", "13905351234");
        o.put("productType", "BROADBAND").put("bandwidthMbps", 500).put("externalWorks", false);
        return o;
    }
}
