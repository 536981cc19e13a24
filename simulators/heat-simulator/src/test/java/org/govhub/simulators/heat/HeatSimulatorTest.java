package org.govhub.simulators.heat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

@SpringBootTest(classes = HeatSimulatorTestApplication.class,
        properties = {"govhub.simulators.heat.app-id=hub", "govhub.simulators.heat.app-secret=" + HeatSimulatorTest.APP_SECRET})
@AutoConfigureMockMvc
class HeatSimulatorTest {

    static final String APP_SECRET = "test-heat-secret";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/heat.v1.yaml", "/heat");

    @Autowired
    MockMvc mvc;
    @Autowired
    GaotangSeed seed;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void transfersTheAccountAtTheAddressToTheNewOwner() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        GaotangSeed.Party buyer = seed.buyers().get(0);

        JsonNode answer = transfer(form("ex-1:heat", flat, buyer));

        assertThat(answer.path("ret").asInt()).isZero();
        assertThat(answer.path("yhbh").asText()).isEqualTo("RL0000023");
        JsonNode account = simState("/_sim/heat/accounts/RL0000023");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(buyer.name());
        assertThat(account.path("holder").path("idNumber").asText()).isEqualTo(buyer.idNumber());
        assertThat(account.path("holder").path("mobile").asText()).isEqualTo(buyer.phone());
        assertThat(account.path("transferCount").asInt()).isEqualTo(1);
        JsonNode transfers = simState("/_sim/heat/transfers");
        assertThat(transfers).hasSize(1);
        assertThat(transfers.get(0).path("reqNo").asText()).isEqualTo("ex-1:heat");
        assertThat(transfers.get(0).path("bdcdyh").asText()).isEqualTo(flat.unitNumber());
    }

    @Test
    void findsTheAccountByAddressWhateverItsWhiteSpace() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        MultiValueMap<String, String> form = form("ex-2:heat", flat, seed.buyers().get(0));
        // Spaces, an ideographic space and a tab, as people type addresses.
        form.set("fwzl", " " + flat.address().replace("高唐县", "高唐县 ").replace("小区", "小区\u3000")
                .replace("2单元", "\t2单元") + " ");

        JsonNode answer = transfer(form);

        assertThat(answer.path("ret").asInt()).isZero();
        assertThat(answer.path("yhbh").asText()).isEqualTo("RL0000023");
    }

    @Test
    void keysOnTheAddressNotTheUnitNumber() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        MultiValueMap<String, String> form = form("ex-3:heat", flat, seed.buyers().get(0));
        form.set("bdcdyh", seed.properties().get(2).unitNumber());

        assertThat(transfer(form).path("yhbh").asText()).isEqualTo("RL0000023");
    }

    @Test
    void answersNoAccountForAnAddressWithoutHeating() throws Exception {
        for (int noHeat : new int[] {2, 5}) {
            JsonNode answer = transfer(form("ex-" + noHeat + ":heat", seed.properties().get(noHeat), seed.buyers().get(0)));

            assertThat(answer.path("ret").asInt()).isEqualTo(101);
            assertThat(answer.has("yhbh")).isFalse();
        }
        assertThat(simState("/_sim/heat/transfers")).isEmpty();
    }

    @Test
    void refusesTheTransferWhileHeatingFeesAreUnpaid() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        mvc.perform(post("/_sim/heat/accounts/RL0000023/arrears").param("amount", "1960.00"))
                .andExpect(status().isOk());

        JsonNode answer = transfer(form("ex-4:heat", flat, seed.buyers().get(1)));

        assertThat(answer.path("ret").asInt()).isEqualTo(102);
        assertThat(answer.path("yhbh").asText()).isEqualTo("RL0000023");
        JsonNode account = simState("/_sim/heat/accounts/RL0000023");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(flat.owner().name());
        assertThat(account.path("transferCount").asInt()).isZero();
    }

    @Test
    void aRepeatedRequestNumberGetsTheFirstAnswerAndChangesNothing() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        MvcResult first = send(form("ex-5:heat", flat, seed.buyers().get(0)));
        MvcResult repeat = send(form("ex-5:heat", flat, seed.buyers().get(1)));

        assertThat(body(repeat)).isEqualTo(body(first));
        JsonNode account = simState("/_sim/heat/accounts/RL0000023");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(seed.buyers().get(0).name());
        assertThat(account.path("transferCount").asInt()).isEqualTo(1);
        assertThat(simState("/_sim/heat/transfers")).hasSize(1);
    }

    @Test
    void aMalformedValueIsABadParameter() throws Exception {
        MultiValueMap<String, String> form = form("ex-6:heat", seed.properties().get(0), seed.buyers().get(0));
        form.set("ghrq", "20261340");

        JsonNode answer = transfer(form);

        assertThat(answer.path("ret").asInt()).isEqualTo(201);
        assertThat(answer.path("msg").asText()).endsWith("ghrq");
        assertThat(simState("/_sim/heat/transfers")).isEmpty();
    }

    @Test
    void aMissingOrUnknownFieldIsABadParameterAnsweredAsDocumented() throws Exception {
        MultiValueMap<String, String> missing = form("ex-7:heat", seed.properties().get(0), seed.buyers().get(0));
        missing.remove("xhzzjh");
        MultiValueMap<String, String> unknown = form("ex-8:heat", seed.properties().get(0), seed.buyers().get(0));
        unknown.add("jyjg", "1200000");

        for (var bad : java.util.List.of(missing, unknown)) {
            MvcResult result = submit(bad);
            // The request breaks the document on purpose; the answer must not.
            ValidationReport report = CONTRACT.validate(result);
            assertThat(report.getMessages()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.getKey()).startsWith("validation.request"));
            assertThat(json.readTree(body(result)).path("ret").asInt()).isEqualTo(201);
        }
        assertThat(json.readTree(body(submit(missing))).path("msg").asText()).endsWith("xhzzjh");
        assertThat(json.readTree(body(submit(unknown))).path("msg").asText()).endsWith("jyjg");
        assertThat(simState("/_sim/heat/transfers")).isEmpty();
    }

    @Test
    void resetRestoresTheSeededHolders() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        transfer(form("ex-9:heat", flat, seed.buyers().get(0)));

        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());

        JsonNode account = simState("/_sim/heat/accounts/RL0000023");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(flat.owner().name());
        assertThat(account.path("transferCount").asInt()).isZero();
        assertThat(simState("/_sim/heat/transfers")).isEmpty();
    }

    @Test
    void anOutageAnswers503AsDocumented() throws Exception {
        mvc.perform(post("/_sim/heat/faults").param("outageSeconds", "60")).andExpect(status().isOk());

        MvcResult result = send(form("ex-10:heat", seed.properties().get(0), seed.buyers().get(0)));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(simState("/_sim/heat/transfers")).isEmpty();
    }

    @Test
    void refusesAWrongSignatureAnUnknownAppAndAStaleTimestamp() throws Exception {
        MultiValueMap<String, String> form = form("ex-auth:heat", seed.properties().get(0), seed.buyers().get(0));
        long now = System.currentTimeMillis();

        MvcResult wrongSecret = submit(form, "hub", "not-" + APP_SECRET, now);
        CONTRACT.assertConforms(wrongSecret);
        assertThat(wrongSecret.getResponse().getStatus()).isEqualTo(401);
        assertThat(json.readTree(body(wrongSecret)).path("msg").asText()).isEqualTo("签名错误");

        MvcResult unknownApp = submit(form, "someone-else", APP_SECRET, now);
        assertThat(unknownApp.getResponse().getStatus()).isEqualTo(401);
        assertThat(json.readTree(body(unknownApp)).path("msg").asText()).isEqualTo("appId 无效");

        // Correctly signed, but 301 s old: a replay.
        MvcResult stale = submit(form, "hub", APP_SECRET, now - 301_000);
        assertThat(stale.getResponse().getStatus()).isEqualTo(401);
        assertThat(json.readTree(body(stale)).path("msg").asText()).isEqualTo("时间戳超出允许范围");

        assertThat(simState("/_sim/heat/transfers")).isEmpty();
    }

    /** A transfer that must conform to the contract; returns the parsed answer. */
    private JsonNode transfer(MultiValueMap<String, String> form) throws Exception {
        MvcResult result = send(form);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(body(result));
    }

    private MvcResult send(MultiValueMap<String, String> form) throws Exception {
        MvcResult result = submit(form);
        CONTRACT.assertConforms(result);
        return result;
    }

    private MvcResult submit(MultiValueMap<String, String> form) throws Exception {
        return submit(form, "hub", APP_SECRET, System.currentTimeMillis());
    }

    /** Signs as the contract documents: hex HMAC-SHA256 over the sorted non-empty parameters but sign. */
    private MvcResult submit(MultiValueMap<String, String> form, String appId, String secret, long timestamp) throws Exception {
        java.util.TreeMap<String, List<String>> all = new java.util.TreeMap<>(form);
        all.put("appId", List.of(appId));
        all.put("timestamp", List.of(Long.toString(timestamp)));
        java.util.StringJoiner canonical = new java.util.StringJoiner("&");
        all.forEach((name, values) -> values.stream().filter(v -> !v.isEmpty()).forEach(v -> canonical.add(name + "=" + v)));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = java.util.HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        return mvc.perform(post("/heat/api/transfer.do")
                        .queryParam("appId", appId)
                        .queryParam("timestamp", Long.toString(timestamp))
                        .queryParam("sign", sign)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(encode(form)))
                .andReturn();
    }

    private JsonNode simState(String path) throws Exception {
        return json.readTree(body(mvc.perform(get(path)).andExpect(status().isOk()).andReturn()));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String encode(MultiValueMap<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
                .append(name).append('=').append(UriUtils.encode(value, StandardCharsets.UTF_8))));
        return body.toString();
    }

    private static MultiValueMap<String, String> form(String reqNo, GaotangSeed.Property flat, GaotangSeed.Party buyer) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reqNo", reqNo);
        form.add("fwzl", flat.address());
        form.add("bdcdyh", flat.unitNumber());
        form.add("xhzxm", buyer.name());
        form.add("xhzzjh", buyer.idNumber());
        form.add("xhzsj", buyer.phone());
        form.add("yhzxm", flat.owner().name());
        form.add("ghrq", "20261125");
        return form;
    }
}
