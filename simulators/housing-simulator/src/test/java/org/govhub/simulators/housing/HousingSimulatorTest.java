package org.govhub.simulators.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
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

/** M8: sale-contract filing share requests at the simulated housing bureau, checked against housing.v1.yaml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.housing.api-key=" + HousingSimulatorTest.KEY)
class HousingSimulatorTest extends SimulatorTest {

    static final String KEY = "test-housing-key";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/housing.v1.yaml", "/housing");
    private static final String UNIT = "371526008001GB00801F00010101";
    private static final String BUYER = "371526198306242822";


    @Test
    void acceptsARequestForAFiledContractAndPreparesTheFiling() throws Exception {
        MvcResult accepted = mvc.perform(share(request("r-1", "XF20261125-0001", UNIT, BUYER), KEY))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.filingNo").value("GTBA-2026-000101")).andReturn();
        CONTRACT.assertConforms(accepted);

        JsonNode shares = shares("XF20261125-0001");
        assertThat(shares).hasSize(1);
        assertThat(shares.get(0).path("unitNumber").asText()).isEqualTo(UNIT);
        assertThat(shares.get(0).path("buyer").path("idNumber").asText()).isEqualTo(BUYER);
    }

    @Test
    void aRepeatedRequestIdGetsTheFirstAnswerAndPreparesOneShare() throws Exception {
        ObjectNode request = request("r-2", "XF20261125-0001", UNIT, BUYER);
        MvcResult first = mvc.perform(share(request, KEY)).andExpect(status().isAccepted()).andReturn();
        MvcResult again = mvc.perform(share(request, KEY)).andExpect(status().isAccepted()).andReturn();
        CONTRACT.assertConforms(again);

        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(shares("XF20261125-0001")).hasSize(1);
    }

    @Test
    void aUnitWithoutTheBuyersFiledContractIs404() throws Exception {
        MvcResult missing = mvc.perform(share(request("r-3", "XF20261125-0006", "371526008001GB00806F00020106",
                        "37152619900808535X"), KEY))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("FILING_NOT_FOUND")).andReturn();
        CONTRACT.assertConforms(missing);
        assertThat(shares(null)).isEmpty();
    }

    @Test
    void aBadIdNumberIs400NamingTheFieldAndTheRuleWithoutTheNumber() throws Exception {
        MvcResult invalid = mvc.perform(share(request("r-4", "XF20261125-0001", UNIT, "371526198306242823"), KEY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("buyer.idNumber")
                .doesNotContain("371526198306242823");
    }

    @Test
    void aMissingOrWrongKeyIs401AndPreparesNothing() throws Exception {
        ObjectNode request = request("r-5", "XF20261125-0001", UNIT, BUYER);
        MvcResult wrong = mvc.perform(share(request, "not-the-key")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHORIZED")).andReturn();
        CONTRACT.assertConforms(wrong);
        mvc.perform(post("/housing/api/v1/filing-share-requests").contentType(MediaType.APPLICATION_JSON)
                .content(request.toString())).andExpect(status().isUnauthorized());
        assertThat(shares(null)).isEmpty();
    }

    private JsonNode shares(String applicationNo) throws Exception {
        return readBack("/_sim/housing/shares", "applicationNo", applicationNo);
    }

    private MockHttpServletRequestBuilder share(ObjectNode body, String key) {
        return post("/housing/api/v1/filing-share-requests").contentType(MediaType.APPLICATION_JSON)
                .characterEncoding(StandardCharsets.UTF_8).header("X-Housing-Key", key)
                .content(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode request(String requestId, String applicationNo, String unit, String idNumber) {
        ObjectNode r = mapper.createObjectNode().put("requestId", requestId).put("applicationNo", applicationNo)
                .put("unitNumber", unit);
        r.putObject("buyer").put("name", "孙红梅").put("idType", "RESIDENT_ID").put("idNumber", idNumber);
        return r;
    }
}
