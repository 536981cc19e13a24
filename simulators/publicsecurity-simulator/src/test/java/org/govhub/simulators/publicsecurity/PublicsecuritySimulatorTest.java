package org.govhub.simulators.publicsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * M4/M5 seal filings and M8 household shares at the simulated public security bureau, every
 * exchange checked against publicsecurity.v1.yaml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.publicsecurity.username=govhub",
                "govhub.simulators.publicsecurity.password=" + PublicsecuritySimulatorTest.PASSWORD})
class PublicsecuritySimulatorTest extends SimulatorTest {

    static final String PASSWORD = "test-publicsecurity-password";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/publicsecurity.v1.yaml",
            "/publicsecurity");

    @Autowired
    EnterpriseSeed seed;

    // --- M4 seal-engraving filing ---

    @Test
    void filesANewEnterprisesSealsOnceAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = filing("f-1", seed.applications().get(0));
        MvcResult filed = mvc.perform(call("/publicsecurity/seal-filings", request, PASSWORD))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.seals.length()").value(2)).andReturn();
        CONTRACT.assertConforms(filed);
        MvcResult again = mvc.perform(call("/publicsecurity/seal-filings", request, PASSWORD)).andReturn();
        CONTRACT.assertConforms(again);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(filed.getResponse().getContentAsString());

        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings", filing("f-2", seed.applications().get(0)),
                PASSWORD)).andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("SEAL_NAME_TAKEN")).andReturn());
    }

    @Test
    void refusesAUnitNameAlreadyOnFiledSeals() throws Exception {
        ObjectNode taken = filing("f-3", seed.applications().get(1));
        ((ObjectNode) taken.get("unit")).put("name", "高唐县盛昌科技有限公司");
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings", taken, PASSWORD))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("SEAL_NAME_TAKEN")).andReturn());
    }

    // --- M5 seal cancellation ---

    @Test
    void cancelsAFilingOnceRefusesSeizedSealsAndAnswers404WithoutAFiling() throws Exception {
        ObjectNode request = cancellation("c-1", seed.registered().get(0));
        MvcResult cancelled = mvc.perform(call("/publicsecurity/seal-filings/cancellations", request, PASSWORD))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sealsCancelled").value(2)).andReturn();
        CONTRACT.assertConforms(cancelled);
        MvcResult again = mvc.perform(call("/publicsecurity/seal-filings/cancellations", request, PASSWORD)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(cancelled.getResponse().getContentAsString());
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings/cancellations",
                cancellation("c-2", seed.registered().get(0)), PASSWORD)).andExpect(status().isNotFound()).andReturn());

        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings/cancellations",
                        cancellation("c-3", seed.registered().get(4)), PASSWORD))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("SEALS_SEIZED")).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings/cancellations",
                        cancellation("c-4", seed.registered().get(8)), PASSWORD))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("NO_FILING")).andReturn());
    }

    @Test
    void aBadCodeIs400NamingTheFieldAndTheRuleWithoutTheCode() throws Exception {
        ObjectNode bad = filing("f-4", seed.applications().get(2));
        ((ObjectNode) bad.get("unit")).put("creditCode", "91371526MA3N10009K");
        MvcResult invalid = mvc.perform(call("/publicsecurity/seal-filings", bad, PASSWORD))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("INVALID_REQUEST")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("unit.creditCode")
                .contains("GB 32100-2015").doesNotContain("MA3N10009K");
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings/cancellations",
                cancellation("c-5", seed.registered().get(1)).put("creditCode", "91371526MA3N10009K"), PASSWORD))
                .andExpect(status().isBadRequest()).andReturn());
    }

    @Test
    void wrongCredentialsAre401OnSealFilingsAndFileNothing() throws Exception {
        ObjectNode request = filing("f-5", seed.applications().get(3));
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings", request, "wrong"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("UNAUTHORIZED")).andReturn());
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/seal-filings/cancellations",
                cancellation("c-6", seed.registered().get(1)), "wrong")).andExpect(status().isUnauthorized()).andReturn());
        mvc.perform(call("/publicsecurity/seal-filings", request, PASSWORD)).andExpect(status().isCreated());
    }

    // --- M8 household shares (户籍信息共享申请) ---

    @Test
    void acceptsAHouseholdShareOnceAndPreparesTheHousehold() throws Exception {
        ObjectNode request = gxsq("q-1", "XF20261125-0002", "李志刚", "371526198803151710");
        MvcResult accepted = mvc.perform(call("/publicsecurity/api/hjxx/gxsq", request, PASSWORD))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jg").value("1")).andExpect(jsonPath("$.sqbh").value("q-1"))
                .andReturn();
        CONTRACT.assertConforms(accepted);
        MvcResult again = mvc.perform(call("/publicsecurity/api/hjxx/gxsq", request, PASSWORD)).andReturn();
        CONTRACT.assertConforms(again);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(accepted.getResponse().getContentAsString());

        JsonNode shares = shares();
        assertThat(shares).hasSize(1);
        assertThat(shares.get(0).path("householdNo").asText()).isEqualTo("371526001002");
        assertThat(shares.get(0).path("members")).hasSize(2);
    }

    @Test
    void aPersonWithoutAHouseholdIsRefusedWithJg0() throws Exception {
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/api/hjxx/gxsq",
                        gxsq("q-2", "XF20261125-0009", "周一", "11010519491231002X"), PASSWORD))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jg").value("0")).andReturn());
        assertThat(shares()).isEmpty();
    }

    @Test
    void aBadIdNumberIsJg9NamingTheFieldWithoutTheNumber() throws Exception {
        MvcResult invalid = mvc.perform(call("/publicsecurity/api/hjxx/gxsq",
                        gxsq("q-3", "XF20261125-0001", "孙红梅", "371526198306242823"), PASSWORD))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.jg").value("9")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("sfzh")
                .doesNotContain("371526198306242823");
    }

    @Test
    void wrongCredentialsAre401InTheHouseholdSystemsOwnShape() throws Exception {
        CONTRACT.assertConforms(mvc.perform(call("/publicsecurity/api/hjxx/gxsq",
                        gxsq("q-4", "XF20261125-0001", "孙红梅", "371526198306242822"), "wrong"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.jg").value("9")).andReturn());
        assertThat(shares()).isEmpty();
    }

    private JsonNode shares() throws Exception {
        return readBack("/_sim/publicsecurity/shares");
    }

    private ObjectNode filing(String requestId, JsonNode e) {
        ObjectNode r = mapper.createObjectNode().put("requestId", requestId);
        r.putObject("unit").put("creditCode", e.path("uscc").asText()).put("name", e.path("name").asText())
                .put("address", e.path("address").asText());
        JsonNode rep = e.path("legalRepresentative");
        r.putObject("legalPerson").put("name", rep.path("name").asText()).put("certType", "RESIDENT_ID")
                .put("certNo", rep.path("idNumber").asText());
        r.putArray("sealTypes").add("OFFICIAL").add("FINANCE");
        return r;
    }

    private ObjectNode cancellation(String requestId, JsonNode e) {
        return mapper.createObjectNode().put("requestId", requestId).put("creditCode", e.path("uscc").asText())
                .put("unitName", e.path("name").asText()).put("cancelDate", "2026-11-25");
    }

    private ObjectNode gxsq(String sqbh, String ywbh, String xm, String sfzh) {
        return mapper.createObjectNode().put("sqbh", sqbh).put("ywbh", ywbh).put("xm", xm).put("sfzh", sfzh);
    }

    private static MockHttpServletRequestBuilder call(String path, ObjectNode body, String password) {
        String basic = Base64.getEncoder().encodeToString(("govhub:" + password).getBytes(StandardCharsets.UTF_8));
        return post(path).contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .header("Authorization", "Basic " + basic).content(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
