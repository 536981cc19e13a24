package org.govhub.simulators.drainage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "govhub.simulators.drainage.username=govhub", "govhub.simulators.drainage.password=test-drainage-password"})
@AutoConfigureMockMvc
class DrainageSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/drainage.v1.yaml", "/drainage");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("govhub:test-drainage-password".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void filesAnApplicationAndAnswersARepeatWithTheFirstAnswer() throws Exception {
        MvcResult first = mvc.perform(file(request("r-1", "高唐县鱼丘湖街道金城路16号", "DOMESTIC")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.success").value(true)).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(file(request("r-1", "高唐县鱼丘湖街道金城路16号", "DOMESTIC")))
                .andExpect(status().isCreated()).andReturn();

        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/drainage/connections")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
    }

    @Test
    void refusesATownWithoutASewerAndIndustrialDischarge() throws Exception {
        CONTRACT.assertConforms(mvc.perform(file(request("r-2", "高唐县固河镇前街1号", "DOMESTIC")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errorCode").value("NO_SEWER")).andReturn());
        CONTRACT.assertConforms(mvc.perform(file(request("r-3", "高唐县鱼丘湖街道金城路18号", "INDUSTRIAL")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errorCode").value("PRETREATMENT_REQUIRED")).andReturn());
    }

    @Test
    void aMalformedRequestIs400NamingTheFieldNotItsValue() throws Exception {
        ObjectNode bad = request("r-4", "高唐县鱼丘湖街道金城路16号", "DOMESTIC").put("applicantIdNo", "12345");
        MvcResult result = mvc.perform(file(bad)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCode").value("INVALID")).andReturn();
        assertResponseConforms(result);
        assertThat(result.getResponse().getContentAsString()).contains("applicantIdNo").doesNotContain("12345");
    }

    @Test
    void refusesMissingOrWrongCredentials() throws Exception {
        MvcResult result = mvc.perform(post("/drainage/api/connections").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Basic d3Jvbmc6d3Jvbmc=")
                        .content(request("r-5", "高唐县鱼丘湖街道金城路16号", "DOMESTIC").toString()))
                .andExpect(status().isUnauthorized()).andReturn();
        assertResponseConforms(result);
    }

    /** The request breaks the contract on purpose; the answer must not. */
    private static void assertResponseConforms(MvcResult result) {
        assertThat(CONTRACT.validate(result).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().startsWith("validation.request"))).isEmpty();
    }

    private MockHttpServletRequestBuilder file(ObjectNode body) {
        return post("/drainage/api/connections").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", BASIC).content(body.toString());
    }

    private ObjectNode request(String requestNo, String address, String discharge) {
        return mapper.createObjectNode().put("requestNo", requestNo).put("windowNo", "GTBZ20261125001")
                .put("projectName", "高唐县鱼丘湖街道金城路16号商铺").put("address", address)
                .put("divisionCode", "371526").put("acceptDate", "2026-11-25")
                .put("applicantName", "高唐县示例商贸有限公司").put("applicantIdType", "USCC")
                .put("applicantIdNo", "91371526MA3C11116D").put("applicantPhone", "13905351234")
                .put("dischargeType", discharge).put("dailyVolumeM3", 2.5).put("externalWorks", false);
    }
}
