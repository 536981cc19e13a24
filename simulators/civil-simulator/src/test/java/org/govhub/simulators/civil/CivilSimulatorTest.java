package org.govhub.simulators.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.govhub.simulators.support.testkit.SimulatorTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** M8: marriage-status share requests at the simulated civil affairs bureau, checked against civil.v1.yaml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.civil.api-token=" + CivilSimulatorTest.TOKEN)
class CivilSimulatorTest extends SimulatorTest {

    static final String TOKEN = "test-civil-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/civil.v1.yaml", "/civil");

    @Test
    void acceptsARequestAndPreparesTheMarriedBuyersStatusWithTheSpouse() throws Exception {
        MvcResult accepted = mvc.perform(share(request("r-1", "XF20261125-0002", "李志刚", "371526198803151710"), TOKEN))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.request_id").value("r-1")).andReturn();
        CONTRACT.assertConforms(accepted);

        JsonNode shares = shares("XF20261125-0002");
        assertThat(shares).hasSize(1);
        assertThat(shares.get(0).path("maritalStatus").asText()).isEqualTo("MARRIED");
        assertThat(shares.get(0).path("spouse").path("idNumber").asText()).isEqualTo("37152619890212462X");
        assertThat(shares.get(0).path("registeredOn").asText()).isEqualTo("2014-05-20");
    }

    @Test
    void aPersonWithoutARecordIsUnmarried() throws Exception {
        CONTRACT.assertConforms(mvc.perform(share(request("r-2", "XF20261125-0009", "周一", "11010519491231002X"), TOKEN))
                .andExpect(status().isAccepted()).andReturn());
        JsonNode shares = shares("XF20261125-0009");
        assertThat(shares).hasSize(1);
        assertThat(shares.get(0).path("maritalStatus").asText()).isEqualTo("UNMARRIED");
        assertThat(shares.get(0).has("spouse")).isFalse();
    }

    @Test
    void aRepeatedRequestIdGetsTheFirstAnswerAndPreparesOneShare() throws Exception {
        ObjectNode request = request("r-3", "XF20261125-0001", "孙红梅", "371526198306242822");
        MvcResult first = mvc.perform(share(request, TOKEN)).andExpect(status().isAccepted()).andReturn();
        MvcResult again = mvc.perform(share(request, TOKEN)).andExpect(status().isAccepted()).andReturn();
        CONTRACT.assertConforms(again);

        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(shares("XF20261125-0001")).hasSize(1);
    }

    @Test
    void aBadIdNumberIs400NamingTheFieldAndTheRuleWithoutTheNumber() throws Exception {
        MvcResult invalid = mvc.perform(share(request("r-4", "XF20261125-0001", "孙红梅", "371526198306242823"), TOKEN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_request")).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id_number")
                .doesNotContain("371526198306242823");
        assertThat(shares(null)).isEmpty();
    }

    @Test
    void aMissingOrWrongTokenIs401AndPreparesNothing() throws Exception {
        ObjectNode request = request("r-5", "XF20261125-0001", "孙红梅", "371526198306242822");
        MvcResult wrong = mvc.perform(share(request, "not-the-token")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_token")).andReturn();
        CONTRACT.assertConforms(wrong);
        mvc.perform(post("/civil/api/marriage/share-requests").contentType(MediaType.APPLICATION_JSON)
                .content(request.toString())).andExpect(status().isUnauthorized());
        assertThat(shares(null)).isEmpty();
    }

    private JsonNode shares(String applicationNo) throws Exception {
        return readBack("/_sim/civil/shares", "applicationNo", applicationNo);
    }

    private MockHttpServletRequestBuilder share(ObjectNode body, String token) {
        return post("/civil/api/marriage/share-requests").contentType(MediaType.APPLICATION_JSON)
                .characterEncoding(StandardCharsets.UTF_8).header("Authorization", "Bearer " + token)
                .content(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode request(String requestId, String applicationNo, String name, String idNumber) {
        return mapper.createObjectNode().put("request_id", requestId).put("application_no", applicationNo).put("name", name)
                .put("id_number", idNumber);
    }
}
