package org.govhub.simulators.hrss;

import static org.assertj.core.api.Assertions.assertThat;
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

/** M4/M5: the simulated social-insurance agency's unit registration and cancellation, checked against hrss.v1.yaml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.hrss.api-token=" + HrssSimulatorTest.TOKEN)
class HrssSimulatorTest extends SimulatorTest {

    static final String TOKEN = "test-hrss-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/hrss.v1.yaml", "/hrss");

    @Autowired
    EnterpriseSeed seed;

    @Test
    void registersANewEmployerOnceAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = registration("s-1", seed.applications().get(0));
        MvcResult first = mvc.perform(call("/hrss/unit/register", request, TOKEN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ret").value(0)).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = mvc.perform(call("/hrss/unit/register", request, TOKEN)).andReturn();
        CONTRACT.assertConforms(again);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());

        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/register", registration("s-2", seed.applications().get(0)), TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ret").value(1002)).andReturn());
    }

    @Test
    void refusesARepresentativeTheInsuredPersonDatabaseCannotVerify() throws Exception {
        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/register", registration("s-3", seed.applications().get(5)), TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ret").value(1001)).andReturn());
    }

    @Test
    void cancelsOnlyAnInsuredUnitWithoutArrearsAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = cancellation("s-4", seed.registered().get(0));
        MvcResult cancelled = mvc.perform(call("/hrss/unit/cancel", request, TOKEN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ret").value(0)).andExpect(jsonPath("$.data.cancel_no").exists()).andReturn();
        CONTRACT.assertConforms(cancelled);
        MvcResult again = mvc.perform(call("/hrss/unit/cancel", request, TOKEN)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(cancelled.getResponse().getContentAsString());
        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/cancel", cancellation("s-5", seed.registered().get(0)), TOKEN))
                .andExpect(jsonPath("$.ret").value(2002)).andReturn());

        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/cancel", cancellation("s-6", seed.registered().get(5)), TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ret").value(2001)).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/cancel", cancellation("s-7", seed.registered().get(8)), TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ret").value(2002)).andReturn());
    }

    @Test
    void aBadCodeIs4000NamingTheFieldWithoutTheCode() throws Exception {
        ObjectNode bad = registration("s-8", seed.applications().get(1)).put("unit_code", "91371526MA3N10009K");
        MvcResult invalid = mvc.perform(call("/hrss/unit/register", bad, TOKEN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.ret").value(4000)).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("unit_code")
                .doesNotContain("MA3N10009K");
        ObjectNode badDate = cancellation("s-9", seed.registered().get(1)).put("cancel_date", "20261332");
        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/cancel", badDate, TOKEN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.ret").value(4000)).andReturn());
    }

    @Test
    void aWrongTokenIs4010AndRegistersNothing() throws Exception {
        ObjectNode request = registration("s-10", seed.applications().get(2));
        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/register", request, "not-the-token"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.ret").value(4010)).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/hrss/unit/cancel", cancellation("s-11", seed.registered().get(1)), "x"))
                .andExpect(status().isUnauthorized()).andReturn());
        mvc.perform(call("/hrss/unit/register", request, TOKEN)).andExpect(jsonPath("$.ret").value(0));
    }

    private ObjectNode registration(String serial, JsonNode e) {
        JsonNode rep = e.path("legalRepresentative");
        return mapper.createObjectNode().put("serial_no", serial).put("unit_code", e.path("uscc").asText())
                .put("unit_name", e.path("name").asText()).put("address", e.path("address").asText())
                .put("area_code", "371526").put("found_date", "20261125").put("staff_count", 14)
                .put("legal_name", rep.path("name").asText()).put("legal_id_type", "01")
                .put("legal_id_no", rep.path("idNumber").asText());
    }

    private ObjectNode cancellation(String serial, JsonNode e) {
        return mapper.createObjectNode().put("serial_no", serial).put("unit_code", e.path("uscc").asText())
                .put("unit_name", e.path("name").asText()).put("cancel_date", "20261125").put("cancel_reason", "01");
    }

    private static MockHttpServletRequestBuilder call(String path, ObjectNode body, String token) {
        return post(path).contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .header("Authorization", "Bearer " + token).content(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
