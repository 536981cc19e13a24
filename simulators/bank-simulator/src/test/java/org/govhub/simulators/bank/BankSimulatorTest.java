package org.govhub.simulators.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govhub.simulators.support.EnterpriseSeed;
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
        properties = {"govhub.simulators.bank.client-id=govhub", "govhub.simulators.bank.client-secret=" + BankSimulatorTest.SECRET})
@AutoConfigureMockMvc
class BankSimulatorTest {

    static final String SECRET = "test-bank-secret";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/bank.v1.yaml", "/bank");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    EnterpriseSeed seed;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void opensOneBasicAccountPerEnterpriseAndARepeatGetsTheFirstAnswer() throws Exception {
        ObjectNode request = opening("req-1", seed.applications().get(0));
        MvcResult first = mvc.perform(signed("/bank/accounts/openings", request.toString(), SECRET, Instant.now()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultCode").value("SUCCESS")).andReturn();
        CONTRACT.assertConforms(first);
        String account = mapper.readTree(first.getResponse().getContentAsString()).path("accountNo").asText();

        MvcResult again = mvc.perform(signed("/bank/accounts/openings", request.toString(), SECRET, Instant.now()))
                .andReturn();
        assertThat(mapper.readTree(again.getResponse().getContentAsString()).path("accountNo").asText()).isEqualTo(account);

        mvc.perform(signed("/bank/accounts/openings", opening("req-2", seed.applications().get(0)).toString(), SECRET,
                        Instant.now()))
                .andExpect(jsonPath("$.resultCode").value("ACCOUNT_EXISTS"));
    }

    @Test
    void refusesTheRepresentativeItsDueDiligenceRefusesAndClosesOnlyEmptyAccounts() throws Exception {
        mvc.perform(signed("/bank/accounts/openings", opening("req-3", seed.applications().get(6)).toString(), SECRET,
                Instant.now())).andExpect(jsonPath("$.resultCode").value("KYC_REFUSED"));
        JsonNode withFunds = seed.registered().get(6);
        MvcResult refused = mvc.perform(signed("/bank/accounts/closures", closure("req-4", withFunds), SECRET,
                Instant.now())).andExpect(jsonPath("$.resultCode").value("BALANCE_NOT_ZERO")).andReturn();
        CONTRACT.assertConforms(refused);
        mvc.perform(signed("/bank/accounts/closures", closure("req-5", seed.registered().get(0)), SECRET, Instant.now()))
                .andExpect(jsonPath("$.resultCode").value("SUCCESS"))
                .andExpect(jsonPath("$.closedAccounts[0]").exists());
        mvc.perform(signed("/bank/accounts/closures", closure("req-6", seed.registered().get(8)), SECRET, Instant.now()))
                .andExpect(jsonPath("$.resultCode").value("NO_ACCOUNT"));
    }

    @Test
    void refusesAWrongSignatureAStaleTimestampAndABadCodeNamingTheField() throws Exception {
        String body = opening("req-7", seed.applications().get(1)).toString();
        mvc.perform(signed("/bank/accounts/openings", body, "wrong-secret", Instant.now()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.resultCode").value("SIGNATURE_INVALID"));
        mvc.perform(signed("/bank/accounts/openings", body, SECRET, Instant.now().minusSeconds(301)))
                .andExpect(status().isUnauthorized());
        ObjectNode bad = opening("req-8", seed.applications().get(1));
        bad.put("uscc", "91371526MA3N10009K");
        MvcResult invalid = mvc.perform(signed("/bank/accounts/openings", bad.toString(), SECRET, Instant.now()))
                .andExpect(status().isBadRequest()).andReturn();
        CONTRACT.assertConforms(invalid);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("uscc")
                .contains("GB 32100-2015").doesNotContain("MA3N10009K");
    }

    private ObjectNode opening(String requestNo, JsonNode e) {
        ObjectNode r = mapper.createObjectNode().put("requestNo", requestNo).put("uscc", e.path("uscc").asText())
                .put("companyName", e.path("name").asText()).put("companyType", e.path("enterpriseType").asText())
                .put("registeredAddress", e.path("address").asText())
                .put("registeredCapital", e.path("registeredCapital").asText());
        JsonNode rep = e.path("legalRepresentative");
        r.putObject("legalRep").put("name", rep.path("name").asText()).put("idType", "RESIDENT_ID")
                .put("idNo", rep.path("idNumber").asText()).put("mobile", rep.path("phone").asText());
        r.put("bankCode", e.path("bank").path("bankCode").asText()).put("branchName", e.path("bank").path("branchName").asText());
        return r;
    }

    private String closure(String requestNo, JsonNode e) {
        return mapper.createObjectNode().put("requestNo", requestNo).put("uscc", e.path("uscc").asText())
                .put("companyName", e.path("name").asText()).put("deregisteredDate", "2026-11-25").toString();
    }

    private static MockHttpServletRequestBuilder signed(String path, String body, String secret, Instant at) throws Exception {
        String timestamp = Long.toString(at.getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        return post(path).contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .content(body.getBytes(StandardCharsets.UTF_8))
                .header("X-Bank-Client", "govhub").header("X-Bank-Timestamp", timestamp).header("X-Bank-Signature", signature);
    }
}
