package org.govhub.simulators.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.power.client-id=hub", "govhub.simulators.power.client-secret=test-power-secret"})
@AutoConfigureMockMvc
class PowerSimulatorTest {

    /** "hub:test-power-secret", RFC 7617. */
    private static final String CLIENT = "Basic aHViOnRlc3QtcG93ZXItc2VjcmV0";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/power.v1.yaml", "/power");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangSeed seed;

    @Autowired
    PowerTokens tokens;

    private String token;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
        MvcResult issued = tokenRequest(CLIENT, "client_credentials").andExpect(status().isOk()).andReturn();
        CONTRACT.assertConforms(issued);
        token = mapper.readTree(issued.getResponse().getContentAsString()).get("access_token").asText();
    }

    @Test
    void issuesBearerTokensToItsClientOnly() throws Exception {
        MvcResult issued = tokenRequest(CLIENT, "client_credentials")
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(3600))
                .andReturn();
        assertThat(mapper.readTree(issued.getResponse().getContentAsString()).get("access_token").asText())
                .isNotEqualTo(token);

        MvcResult wrongSecret = tokenRequest("Basic " + java.util.Base64.getEncoder().encodeToString(
                "hub:not-the-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "client_credentials")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"))
                .andReturn();
        CONTRACT.assertConforms(wrongSecret);

        // The request breaks the contract on purpose; the answer is the documented 400.
        tokenRequest(CLIENT, "password").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unsupported_grant_type"));
    }

    @Test
    void refusesApiCallsWithoutAValidToken() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);

        MvcResult unknown = mvc.perform(post("/power/api/v1/accounts/{consNo}/transfer", consNo(home))
                        .header("Authorization", "Bearer not-a-token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mapper.writeValueAsString(transferRequest("cmd-auth:power", home, seed.buyers().get(0)))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errorCode").value("UNAUTHORIZED"))
                .andReturn();
        CONTRACT.assertConforms(unknown);
        mvc.perform(get("/power/api/v1/accounts?bdcdyh={unit}", home.unitNumber()))
                .andExpect(status().isUnauthorized());

        tokens.revokeAll();
        mvc.perform(get("/power/api/v1/accounts?bdcdyh={unit}", home.unitNumber()).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(appliedTransfers()).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions tokenRequest(String authorization, String grantType) throws Exception {
        return mvc.perform(post("/power/oauth/token").header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=" + grantType));
    }

    @Test
    void findsTheAccountAtAUnit() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);

        MvcResult result = mvc.perform(get("/power/api/v1/accounts?bdcdyh={unit}", home.unitNumber()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consNo").value(consNo(home)))
                .andExpect(jsonPath("$.bdcdyh").value(home.unitNumber()))
                .andExpect(jsonPath("$.status").value("NORMAL"))
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    @Test
    void aUnitWithoutAnAccountIs404() throws Exception {
        MvcResult result = mvc.perform(get("/power/api/v1/accounts?bdcdyh={unit}", "371526009009GB09999F00010001").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errorCode").value("ACCOUNT_NOT_FOUND"))
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    @Test
    void aMalformedUnitNumberIs400() throws Exception {
        MvcResult result = mvc.perform(get("/power/api/v1/accounts?bdcdyh={unit}", "3715").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCode").value("INVALID_PARAMETER"))
                .andReturn();

        assertResponseConforms(result);
    }

    @Test
    void verificationAllowsATransferWithoutArrears() throws Exception {
        MvcResult result = mvc.perform(verification(consNo(seed.properties().get(0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transferAllowed").value(true))
                .andExpect(jsonPath("$.arrears").value("0.00"))
                .andExpect(jsonPath("$.refusalCode").doesNotExist())
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    @Test
    void verificationRefusesATransferWithArrears() throws Exception {
        MvcResult result = mvc.perform(verification(consNo(seed.properties().get(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transferAllowed").value(false))
                .andExpect(jsonPath("$.arrears").value("326.40"))
                .andExpect(jsonPath("$.refusalCode").value("ARREARS"))
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    @Test
    void verificationOfAnUnknownAccountIs404() throws Exception {
        MvcResult result = mvc.perform(verification("3715269999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errorCode").value("ACCOUNT_NOT_FOUND"))
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    @Test
    void transferMakesTheNewUserTheHolder() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        GaotangSeed.Party buyer = seed.buyers().get(0);

        MvcResult result = mvc.perform(transfer(consNo(home), transferRequest("cmd-1:power", home, buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consNo").value(consNo(home)))
                .andExpect(jsonPath("$.requestId").value("cmd-1:power"))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andReturn();

        CONTRACT.assertConforms(result);
        JsonNode account = account(consNo(home));
        assertThat(account.at("/holder/name").asText()).isEqualTo(buyer.name());
        assertThat(account.at("/holder/idType").asText()).isEqualTo("ID_CARD");
        assertThat(account.at("/holder/idNumber").asText()).isEqualTo(buyer.idNumber());
        assertThat(account.at("/holder/phone").asText()).isEqualTo(buyer.phone());
        assertThat(account.at("/transferCount").asInt()).isEqualTo(1);
        assertThat(appliedTransfers()).isEqualTo(1);
    }

    @Test
    void aRepeatedRequestIdReturnsTheFirstAnswerAndChangesNothing() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        String first = mvc.perform(transfer(consNo(home), transferRequest("cmd-2:power", home, seed.buyers().get(0))))
                .andReturn().getResponse().getContentAsString();

        MvcResult again = mvc.perform(transfer(consNo(home), transferRequest("cmd-2:power", home, seed.buyers().get(1))))
                .andExpect(status().isOk())
                .andReturn();

        CONTRACT.assertConforms(again);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first);
        JsonNode account = account(consNo(home));
        assertThat(account.at("/holder/name").asText()).isEqualTo(seed.buyers().get(0).name());
        assertThat(account.at("/transferCount").asInt()).isEqualTo(1);
        assertThat(appliedTransfers()).isEqualTo(1);
    }

    @Test
    void aTransferDespiteArrearsIs409AndChangesNothing() throws Exception {
        GaotangSeed.Property inArrears = seed.properties().get(3);

        MvcResult result = mvc.perform(transfer(consNo(inArrears), transferRequest("cmd-3:power", inArrears, seed.buyers().get(0))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errorCode").value("ARREARS_OUTSTANDING"))
                .andReturn();

        CONTRACT.assertConforms(result);
        JsonNode account = account(consNo(inArrears));
        assertThat(account.at("/holder/name").asText()).isEqualTo(inArrears.owner().name());
        assertThat(account.at("/transferCount").asInt()).isZero();
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aTransferOfAnUnknownAccountIs404() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);

        MvcResult result = mvc.perform(transfer("3715269999", transferRequest("cmd-4:power", home, seed.buyers().get(0))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errorCode").value("ACCOUNT_NOT_FOUND"))
                .andReturn();

        CONTRACT.assertConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aTransferNamingAnotherUnitIs400() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        ObjectNode request = transferRequest("cmd-5:power", home, seed.buyers().get(0));
        request.put("bdcdyh", seed.properties().get(1).unitNumber());

        MvcResult result = mvc.perform(transfer(consNo(home), request))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCode").value("INVALID_PARAMETER"))
                .andReturn();

        CONTRACT.assertConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aTransferWithAFieldTheInterfaceDoesNotNameIs400() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        ObjectNode request = transferRequest("cmd-6:power", home, seed.buyers().get(0));
        request.put("price", "1280000.00");

        MvcResult result = mvc.perform(transfer(consNo(home), request))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errorCode").value("INVALID_PARAMETER"))
                .andReturn();

        assertResponseConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aTransferWithAMalformedCertificateNumberIs400() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        ObjectNode request = transferRequest("cmd-7:power", home, seed.buyers().get(0));
        request.put("newCertNo", "12345");

        MvcResult result = mvc.perform(transfer(consNo(home), request))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("newCertNo: must be 18 characters"))
                .andReturn();

        assertResponseConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void resetRestoresTheSeededHolder() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        mvc.perform(transfer(consNo(home), transferRequest("cmd-8:power", home, seed.buyers().get(0))))
                .andExpect(status().isOk());

        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());

        JsonNode account = account(consNo(home));
        assertThat(account.at("/holder/name").asText()).isEqualTo(home.owner().name());
        assertThat(account.at("/transferCount").asInt()).isZero();
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void everySeededPropertyHasAPowerAccount() throws Exception {
        JsonNode accounts = mapper.readTree(mvc.perform(get("/_sim/power/accounts"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(accounts).hasSize(seed.properties().size());
    }

    @Test
    void anOutageAnswers503AsTheContractDocuments() throws Exception {
        mvc.perform(post("/_sim/power/faults").param("outageSeconds", "60")).andExpect(status().isOk());

        MvcResult result = mvc.perform(get("/power/api/v1/accounts?bdcdyh={unit}", seed.properties().get(0).unitNumber()).header("Authorization", "Bearer " + token))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    private String consNo(GaotangSeed.Property property) {
        return property.accounts().get("power").accountNo();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verification(String consNo) throws Exception {
        ObjectNode body = mapper.createObjectNode();
        body.put("requestId", "cmd-v:power");
        body.put("businessType", "TRANSFER");
        body.put("checkArrears", true);
        return post("/power/api/v1/accounts/{consNo}/verification", consNo).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(body));
    }

    private ObjectNode transferRequest(String requestId, GaotangSeed.Property property, GaotangSeed.Party buyer) {
        ObjectNode r = mapper.createObjectNode();
        r.put("requestId", requestId);
        r.put("bdcdyh", property.unitNumber());
        r.put("newUserName", buyer.name());
        r.put("newCertType", "ID_CARD");
        r.put("newCertNo", buyer.idNumber());
        r.put("newMobile", buyer.phone());
        r.put("oldUserName", property.owner().name());
        r.put("transferDate", "2026-11-25");
        return r;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder transfer(String consNo, ObjectNode request) throws Exception {
        return post("/power/api/v1/accounts/{consNo}/transfer", consNo).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(request));
    }

    private JsonNode account(String consNo) throws Exception {
        return mapper.readTree(mvc.perform(get("/_sim/power/accounts/{consNo}", consNo))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private int appliedTransfers() throws Exception {
        return mapper.readTree(mvc.perform(get("/_sim/power/transfers")).andReturn().getResponse().getContentAsString())
                .get("count").asInt();
    }

    /** For requests that break the contract on purpose: the answer must still be a documented one. */
    private static void assertResponseConforms(MvcResult result) {
        List<ValidationReport.Message> responseErrors = CONTRACT.validate(result).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().startsWith("validation.request"))
                .toList();
        assertThat(responseErrors).isEmpty();
    }
}
