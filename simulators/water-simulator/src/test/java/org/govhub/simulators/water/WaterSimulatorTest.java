package org.govhub.simulators.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.water.api-key=" + WaterSimulatorTest.API_KEY)
@AutoConfigureMockMvc
class WaterSimulatorTest {

    static final String API_KEY = "test-water-key";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/water.v1.yaml", "/water");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangSeed seed;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void transfersTheAccountAtTheUnitToTheNewOwner() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        GaotangSeed.Party buyer = seed.buyers().get(0);

        MvcResult result = mvc.perform(transfer(request("cmd-1:water", home, buyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("0000"))
                .andExpect(jsonPath("$.data.slbh").value("cmd-1:water"))
                .andExpect(jsonPath("$.data.hh").value(home.accounts().get("water").accountNo()))
                .andReturn();
        CONTRACT.assertConforms(result);

        JsonNode account = account(home.accounts().get("water").accountNo());
        assertThat(account.at("/holder/name").asText()).isEqualTo(buyer.name());
        assertThat(account.at("/holder/idType").asText()).isEqualTo("1");
        assertThat(account.at("/holder/idNumber").asText()).isEqualTo(buyer.idNumber());
        assertThat(account.at("/holder/phone").asText()).isEqualTo(buyer.phone());
        assertThat(account.at("/transferCount").asInt()).isEqualTo(1);
        assertThat(appliedTransfers()).isEqualTo(1);
    }

    @Test
    void aRepeatedRequestNumberReturnsTheFirstAnswerAndChangesNothing() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        ObjectNode first = request("cmd-2:water", home, seed.buyers().get(0));
        ObjectNode repeat = request("cmd-2:water", home, seed.buyers().get(1));

        String firstAnswer = mvc.perform(transfer(first)).andReturn().getResponse().getContentAsString();
        MvcResult again = mvc.perform(transfer(repeat)).andExpect(status().isOk()).andReturn();

        CONTRACT.assertConforms(again);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(firstAnswer);
        JsonNode account = account(home.accounts().get("water").accountNo());
        assertThat(account.at("/holder/name").asText()).isEqualTo(seed.buyers().get(0).name());
        assertThat(account.at("/transferCount").asInt()).isEqualTo(1);
        assertThat(appliedTransfers()).isEqualTo(1);
    }

    @Test
    void concurrentRepeatsApplyTheTransferOnce() throws Exception {
        GaotangSeed.Property home = seed.properties().get(1);
        String body = mapper.writeValueAsString(request("cmd-3:water", home, seed.buyers().get(2)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> call = () -> {
                    start.await();
                    return mvc.perform(post("/water/sdq/gh").header("X-Api-Key", API_KEY).contentType(MediaType.APPLICATION_JSON).content(body))
                            .andReturn().getResponse().getContentAsString();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            String first = answers.get(0).get();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(first).contains("\"code\":\"0000\"");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(account(home.accounts().get("water").accountNo()).at("/transferCount").asInt()).isEqualTo(1);
        assertThat(appliedTransfers()).isEqualTo(1);
    }

    @Test
    void aUnitWithoutAWaterAccountIsAnsweredWithCode2001() throws Exception {
        ObjectNode request = request("cmd-4:water", seed.properties().get(0), seed.buyers().get(0));
        request.put("bdcdyh", "371526009009GB09999F00010001");

        MvcResult result = mvc.perform(transfer(request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("2001"))
                .andExpect(jsonPath("$.data.slbh").value("cmd-4:water"))
                .andReturn();

        CONTRACT.assertConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void arrearsRefuseTheTransferWithCode2002AndLeaveTheHolder() throws Exception {
        GaotangSeed.Property inArrears = seed.properties().get(4);
        String accountNo = inArrears.accounts().get("water").accountNo();

        MvcResult result = mvc.perform(transfer(request("cmd-5:water", inArrears, seed.buyers().get(0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("2002"))
                .andExpect(jsonPath("$.data.hh").value(accountNo))
                .andExpect(jsonPath("$.data.qfje").value("58.00"))
                .andReturn();

        CONTRACT.assertConforms(result);
        JsonNode account = account(accountNo);
        assertThat(account.at("/holder/name").asText()).isEqualTo(inArrears.owner().name());
        assertThat(account.at("/transferCount").asInt()).isZero();
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aMalformedFieldIsRefusedWith4001NamingTheField() throws Exception {
        ObjectNode request = request("cmd-6:water", seed.properties().get(0), seed.buyers().get(0));
        request.put("bdcdyh", "37152600");

        MvcResult result = mvc.perform(transfer(request))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("4001"))
                .andExpect(jsonPath("$.msg").value("参数错误：bdcdyh 不符合不动产单元号格式"))
                .andReturn();

        assertResponseConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aDivisionCodeThatIsNotTheUnitsIsRefused() throws Exception {
        ObjectNode request = request("cmd-7:water", seed.properties().get(0), seed.buyers().get(0));
        request.put("qxdm", "371502");

        MvcResult result = mvc.perform(transfer(request))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("4001"))
                .andReturn();

        CONTRACT.assertConforms(result);
    }

    @Test
    void aFieldTheInterfaceDoesNotNameIsRefused() throws Exception {
        ObjectNode request = request("cmd-8:water", seed.properties().get(0), seed.buyers().get(0));
        request.put("jyjg", "1280000.00");

        MvcResult result = mvc.perform(transfer(request))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("4001"))
                .andExpect(jsonPath("$.msg").value("参数错误：不允许的字段 jyjg"))
                .andReturn();

        assertResponseConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith4001() throws Exception {
        MvcResult result = mvc.perform(post("/water/sdq/gh").header("X-Api-Key", API_KEY).contentType(MediaType.APPLICATION_JSON).content("{slbh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("4001"))
                .andReturn();

        assertResponseConforms(result);
    }

    @Test
    void resetRestoresTheSeededHolder() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        mvc.perform(transfer(request("cmd-9:water", home, seed.buyers().get(0)))).andExpect(status().isOk());

        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());

        JsonNode account = account(home.accounts().get("water").accountNo());
        assertThat(account.at("/holder/name").asText()).isEqualTo(home.owner().name());
        assertThat(account.at("/transferCount").asInt()).isZero();
        assertThat(appliedTransfers()).isZero();
    }

    @Test
    void everySeededPropertyHasAWaterAccount() throws Exception {
        JsonNode accounts = mapper.readTree(mvc.perform(get("/_sim/water/accounts"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(accounts).hasSize(seed.properties().size());
    }

    @Test
    void anOutageAnswers503AsTheContractDocuments() throws Exception {
        mvc.perform(post("/_sim/water/faults").param("outageSeconds", "60")).andExpect(status().isOk());

        MvcResult result = mvc.perform(transfer(request("cmd-10:water", seed.properties().get(0), seed.buyers().get(0))))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        CONTRACT.assertConforms(result);
        assertThat(appliedTransfers()).isZero();
    }

    private ObjectNode request(String slbh, GaotangSeed.Property property, GaotangSeed.Party buyer) {
        ObjectNode r = mapper.createObjectNode();
        r.put("slbh", slbh);
        r.put("bdcdyh", property.unitNumber());
        r.put("zl", property.address());
        r.put("qxdm", property.unitNumber().substring(0, 6));
        r.put("djsj", "2026-11-25");
        r.put("qlrmc", buyer.name());
        r.put("qlrzjzl", "1");
        r.put("qlrzjh", buyer.idNumber());
        r.put("qlrdh", buyer.phone());
        r.put("ywrmc", property.owner().name());
        return r;
    }

    @Test
    void aRequestWithoutTheApiKeyIsRefusedAndChangesNothing() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        String body = mapper.writeValueAsString(request("cmd-auth-1:water", home, seed.buyers().get(0)));

        MvcResult result = mvc.perform(post("/water/sdq/gh").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("4010"))
                .andReturn();

        // The request breaks the contract (no key), the refusal itself is documented.
        assertThat(CONTRACT.validate(result).getMessages())
                .extracting(m -> m.getKey())
                .allMatch(key -> key.startsWith("validation.request.security"));
        assertThat(account(home.accounts().get("water").accountNo()).at("/transferCount").asInt()).isZero();
    }

    @Test
    void aWrongApiKeyIsRefused() throws Exception {
        GaotangSeed.Property home = seed.properties().get(0);
        String body = mapper.writeValueAsString(request("cmd-auth-2:water", home, seed.buyers().get(0)));

        MvcResult result = mvc.perform(post("/water/sdq/gh").header("X-Api-Key", "not-" + API_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("4010"))
                .andReturn();

        CONTRACT.assertConforms(result);
        assertThat(account(home.accounts().get("water").accountNo()).at("/transferCount").asInt()).isZero();
    }

    private org.springframework.test.web.servlet.RequestBuilder transfer(ObjectNode request) throws Exception {
        return post("/water/sdq/gh").header("X-Api-Key", API_KEY).contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(request));
    }

    private JsonNode account(String accountNo) throws Exception {
        return mapper.readTree(mvc.perform(get("/_sim/water/accounts/{hh}", accountNo))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private int appliedTransfers() throws Exception {
        return mapper.readTree(mvc.perform(get("/_sim/water/transfers")).andReturn().getResponse().getContentAsString())
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
