package org.govhub.simulators.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** M6: 用水报装申请 at the simulated water utility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.water.api-key=" + WaterSimulatorTest.API_KEY)
@AutoConfigureMockMvc
class WaterConnectionSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/water.v1.yaml", "/water");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void takesUpAnApplicationOnceHoweverOftenItIsRepeated() throws Exception {
        MvcResult first = mvc.perform(apply(request("s-1", "高唐县鱼丘湖街道金城路16号")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("0000")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(apply(request("s-1", "高唐县鱼丘湖街道金城路16号"))).andReturn();

        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/water/connection-applications")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
    }

    @Test
    void refusesAnAddressOutsideTheNetwork() throws Exception {
        CONTRACT.assertConforms(mvc.perform(apply(request("s-2", "高唐县清平镇南街2号")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("3001")).andReturn());
    }

    @Test
    void aMalformedRequestIs4001NamingTheField() throws Exception {
        ObjectNode bad = request("s-3", "高唐县鱼丘湖街道金城路16号").put("kj", "33");
        mvc.perform(apply(bad)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("4001"))
                .andExpect(jsonPath("$.msg").value("参数错误：kj 取值错误"));
    }

    private MockHttpServletRequestBuilder apply(ObjectNode body) {
        return post("/water/bz/sq").contentType(MediaType.APPLICATION_JSON).header("X-Api-Key", WaterSimulatorTest.API_KEY)
                .content(body.toString());
    }

    private ObjectNode request(String sqbh, String dz) {
        return mapper.createObjectNode().put("sqbh", sqbh).put("ckbh", "GTBZ20261125001")
                .put("xmmc", "高唐县鱼丘湖街道金城路16号商铺").put("dz", dz).put("qxdm", "371526").put("slrq", "2026-11-25")
                .put("sqrmc", "高唐县示例商贸有限公司").put("sqrzjzl", "7").put("sqrzjh", "91371526MA3C11116D")
                .put("lxdh", "13905351234").put("ysxz", "2").put("kj", "25").put("rysl", "3.50").put("ywxgc", "0");
    }
}
