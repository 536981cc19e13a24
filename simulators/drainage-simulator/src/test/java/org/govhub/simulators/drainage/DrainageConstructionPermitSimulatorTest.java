package org.govhub.simulators.drainage;

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

/** M6, Parts 4.2 and 4.5: construction permits at the simulated drainage system, with faults and journal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {"govhub.simulators.drainage.username=govhub", "govhub.simulators.drainage.password=test-drainage-password"})
@AutoConfigureMockMvc
class DrainageConstructionPermitSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/drainage.v1.yaml", "/drainage");
    private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder().encodeToString("govhub:test-drainage-password".getBytes(StandardCharsets.UTF_8));

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
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        CONTRACT.assertConforms(first);
        MvcResult again = call(permit("p-1", "高唐县鱼丘湖街道金城路以南"));
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(json(mvc.perform(get("/_sim/drainage/construction-permits")).andReturn())).hasSize(1);
        assertThat(json(mvc.perform(get("/_sim/drainage/requests")).andReturn())).hasSize(2);
    }

    @Test
    void refusesASiteWithoutNetworkAndNamesABrokenField() throws Exception {
        MvcResult refused = call(permit("p-2", "高唐县固河镇工业园"));
        CONTRACT.assertConforms(refused);
        JsonNode answer = json(refused);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(answer.path("errorCode").asText()).isEqualTo("NO_SEWER");
        MvcResult bad = call(permit("p-3", "高唐县鱼丘湖街道金城路以南").replace("371526202611250101", "37152620261125"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("permitNo");
        assertThat(json(mvc.perform(get("/_sim/drainage/construction-permits")).andReturn())).isEmpty();
    }

    @Test
    void isDownWhenSwitchedOff() throws Exception {
        mvc.perform(post("/_sim/drainage/faults?outageSeconds=60")).andExpect(status().is2xxSuccessful());
        assertThat(call(permit("p-4", "高唐县鱼丘湖街道金城路以南")).getResponse().getStatus()).isEqualTo(503);
    }

    private JsonNode json(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult call(String body) throws Exception {
        return mvc.perform(post("/drainage/api/construction-permits").header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
    }

    private static String permit(String requestNo, String address) {
        return """
                {"requestNo":"%s","permitNo":"371526202611250101","projectCode":"2611-371526-04-01-000123",
                 "projectName":"高唐县鱼丘湖街道金城花园二期","address":"%s","divisionCode":"371526","buildingUse":"RESIDENTIAL",
                 "issuedOn":"2026-11-25","completionOn":"2028-06-30","builderName":"高唐县示例商贸有限公司",
                 "builderUscc":"91371526MA3C11116D","floorAreaM2":86500.5}""".formatted(requestNo, address);
    }
}
