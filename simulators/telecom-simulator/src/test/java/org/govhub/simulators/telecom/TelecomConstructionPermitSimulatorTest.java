package org.govhub.simulators.telecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** M6, Parts 4.2 and 4.5: construction permits at the simulated telecom system, with faults and journal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {"govhub.simulators.telecom.api-token=test-telecom-token"})
@AutoConfigureMockMvc
class TelecomConstructionPermitSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/telecom.v1.yaml", "/telecom");
    private static final String AUTHORIZATION = "Bearer test-telecom-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void registersAProjectOnceHoweverOftenItIsRepeated() throws Exception {
        MvcResult first = call(permit("p-1", "高唐县鱼丘湖街道金城路以南"));
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        CONTRACT.assertConforms(first);
        MvcResult again = call(permit("p-1", "高唐县鱼丘湖街道金城路以南"));
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(json(mvc.perform(get("/_sim/telecom/construction-permits")).andReturn())).hasSize(1);
        assertThat(json(mvc.perform(get("/_sim/telecom/requests")).andReturn())).hasSize(2);
    }

    @Test
    void refusesASiteWithoutNetworkAndNamesABrokenField() throws Exception {
        MvcResult refused = call(permit("p-2", "高唐县杨屯镇工业园"));
        CONTRACT.assertConforms(refused);
        JsonNode answer = json(refused);
        assertThat(answer.path("resultCode").asText()).isEqualTo("1102");
        MvcResult bad = call(permit("p-3", "高唐县鱼丘湖街道金城路以南").replace("371526202611250101", "37152620261125"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("permitNo");
        assertThat(json(mvc.perform(get("/_sim/telecom/construction-permits")).andReturn())).isEmpty();
    }

    @Test
    void isDownWhenSwitchedOff() throws Exception {
        mvc.perform(post("/_sim/telecom/faults?outageSeconds=60")).andExpect(status().is2xxSuccessful());
        assertThat(call(permit("p-4", "高唐县鱼丘湖街道金城路以南")).getResponse().getStatus()).isEqualTo(503);
    }

    private JsonNode json(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult call(String body) throws Exception {
        return mvc.perform(post("/telecom/open/v1/construction-projects").header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
    }

    private static String permit(String requestNo, String address) {
        return """
                {"transactionId":"%s","permitNo":"371526202611250101","projectCode":"2611-371526-04-01-000123",
                 "projectName":"高唐县鱼丘湖街道金城花园二期","siteAddress":"%s","areaCode":"371526","buildingUse":"RESIDENTIAL",
                 "issueDate":"2026-11-25","completionDate":"2028-06-30",
                 "developer":{"name":"高唐县示例商贸有限公司","creditCode":"91371526MA3C11116D"},"households":640}""".formatted(requestNo, address);
    }
}
