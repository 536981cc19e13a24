package org.govhub.simulators.power;

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

/** M6 at the simulated power company: 业扩报装申请 and construction permits, with its faults and journal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.power.client-id=hub", "govhub.simulators.power.client-secret=test-power-secret"})
@AutoConfigureMockMvc
class PowerConnectionSimulatorTest {

    private static final String CLIENT = "Basic aHViOnRlc3QtcG93ZXItc2VjcmV0";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/power.v1.yaml", "/power");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    private String token;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
        MvcResult issued = mvc.perform(post("/power/oauth/token").header("Authorization", CLIENT)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials")).andReturn();
        token = mapper.readTree(issued.getResponse().getContentAsString()).get("access_token").asText();
    }

    @Test
    void filesAnApplicationOnceHoweverOftenItIsRepeated() throws Exception {
        MvcResult first = call("/power/api/v1/connection-applications", application("r-1", "高唐县鱼丘湖街道金城路16号"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = call("/power/api/v1/connection-applications", application("r-1", "高唐县鱼丘湖街道金城路16号")).andReturn();

        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/power/connection-intake")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
        // Both calls are in the journal (beside the token request), as received.
        long journalled = 0;
        for (var entry : mapper.readTree(mvc.perform(get("/_sim/power/requests")).andReturn().getResponse()
                .getContentAsString())) {
            journalled += entry.path("path").asText().equals("/power/api/v1/connection-applications") ? 1 : 0;
        }
        assertThat(journalled).isEqualTo(2);
    }

    @Test
    void refusesAnAddressOutsideTheSupplyNetworkAndNamesTheBrokenField() throws Exception {
        CONTRACT.assertConforms(call("/power/api/v1/connection-applications", application("r-2", "高唐县三十里铺镇东街2号"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errorCode").value("OUT_OF_SUPPLY_AREA"))
                .andReturn());
        call("/power/api/v1/connection-applications", application("r-3", "高唐县鱼丘湖街道金城路16号").put("voltageLevel", "110kV"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errorCode").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.message").value("voltageLevel: must be one of [10kV, 220V, 35kV, 380V]"));
    }

    @Test
    void registersAConstructionPermitOnceAndRefusesOneOutsideTheNetwork() throws Exception {
        MvcResult first = call("/power/api/v1/construction-permits", permit("p-1", "高唐县鱼丘湖街道金城路以南"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REGISTERED")).andReturn();
        CONTRACT.assertConforms(first);
        assertThat(call("/power/api/v1/construction-permits", permit("p-1", "高唐县鱼丘湖街道金城路以南")).andReturn()
                .getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        CONTRACT.assertConforms(call("/power/api/v1/construction-permits", permit("p-2", "高唐县梁村镇工业园"))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/power/construction-permits")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
    }

    @Test
    void isDownWhenSwitchedOff() throws Exception {
        mvc.perform(post("/_sim/power/faults?outageSeconds=60")).andExpect(status().is2xxSuccessful());
        call("/power/api/v1/construction-permits", permit("p-3", "高唐县鱼丘湖街道金城路以南"))
                .andExpect(status().isServiceUnavailable());
    }

    private org.springframework.test.web.servlet.ResultActions call(String path, ObjectNode body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private ObjectNode application(String requestId, String address) {
        return mapper.createObjectNode().put("requestId", requestId).put("windowAppNo", "GTBZ20261125001")
                .put("projectName", "高唐县鱼丘湖街道金城路16号商铺").put("elecAddr", address).put("areaCode", "371526")
                .put("acceptDate", "2026-11-25").put("custName", "高唐县示例商贸有限公司")
                .put("certType", "UNIFIED_SOCIAL_CREDIT_CODE").put("certNo", "91371526MA3C11116D")
                .put("mobile", "13905351234").put("capacityKva", 50).put("voltageLevel", "380V").put("externalLine", false);
    }

    private ObjectNode permit(String requestId, String address) {
        return mapper.createObjectNode().put("requestId", requestId).put("permitNo", "371526202611250101")
                .put("projectCode", "2611-371526-04-01-000123").put("projectName", "高唐县鱼丘湖街道金城花园二期")
                .put("siteAddr", address).put("areaCode", "371526").put("buildingUse", "RESIDENTIAL")
                .put("issueDate", "2026-11-25").put("plannedCompletionDate", "2028-06-30")
                .put("builderName", "高唐县示例商贸有限公司").put("builderCreditCode", "91371526MA3C11116D")
                .put("floorAreaM2", 86500.5).put("households", 640);
    }
}
