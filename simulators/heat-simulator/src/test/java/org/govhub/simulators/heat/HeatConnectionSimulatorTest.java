package org.govhub.simulators.heat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

/** M6 at the simulated heating company: apply.do and permit.do, signed, with faults and journal. */
@SpringBootTest(classes = HeatSimulatorTestApplication.class,
        properties = {"govhub.simulators.heat.app-id=hub", "govhub.simulators.heat.app-secret=" + HeatSimulatorTest.APP_SECRET})
@AutoConfigureMockMvc
class HeatConnectionSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/heat.v1.yaml", "/heat");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void filesAnApplicationOnceHoweverOftenItIsRepeated() throws Exception {
        MvcResult first = submit("/heat/api/apply.do", application("r-1", "高唐县鱼丘湖街道金城路16号", "420.00"));
        CONTRACT.assertConforms(first);
        assertThat(json(first).path("ret").asInt()).isZero();
        MvcResult again = submit("/heat/api/apply.do", application("r-1", "高唐县鱼丘湖街道金城路16号", "420.00"));
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/heat/connection-intake")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
        assertThat(mapper.readTree(mvc.perform(get("/_sim/heat/requests")).andReturn().getResponse()
                .getContentAsString())).hasSize(2);
    }

    @Test
    void refusesAnAddressOutsideTheNetworkAndNamesABadParameter() throws Exception {
        MvcResult outside = submit("/heat/api/apply.do", application("r-2", "高唐县琉璃寺镇西街3号", "420.00"));
        CONTRACT.assertConforms(outside);
        assertThat(json(outside).path("ret").asInt()).isEqualTo(301);
        JsonNode bad = json(submit("/heat/api/apply.do", application("r-3", "高唐县鱼丘湖街道金城路16号", "420")));
        assertThat(bad.path("ret").asInt()).isEqualTo(201);
        assertThat(bad.path("msg").asText()).isEqualTo("参数错误：grmj");
    }

    @Test
    void registersAConstructionPermitOnceAndRefusesOneOutsideTheNetwork() throws Exception {
        MvcResult first = submit("/heat/api/permit.do", permit("p-1", "高唐县鱼丘湖街道金城路以南"));
        CONTRACT.assertConforms(first);
        assertThat(json(first).path("djbh").asText()).matches("^RLQZ\\d{13}$");
        assertThat(submit("/heat/api/permit.do", permit("p-1", "高唐县鱼丘湖街道金城路以南")).getResponse()
                .getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(json(submit("/heat/api/permit.do", permit("p-2", "高唐县梁村镇工业园"))).path("ret").asInt()).isEqualTo(301);
        assertThat(mapper.readTree(mvc.perform(get("/_sim/heat/construction-permits")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
    }

    @Test
    void isDownWhenSwitchedOff() throws Exception {
        mvc.perform(post("/_sim/heat/faults?outageSeconds=60")).andExpect(status().is2xxSuccessful());
        assertThat(submit("/heat/api/permit.do", permit("p-3", "高唐县鱼丘湖街道金城路以南")).getResponse().getStatus())
                .isEqualTo(503);
    }

    private JsonNode json(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult submit(String path, MultiValueMap<String, String> form) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        TreeMap<String, List<String>> all = new TreeMap<>(form);
        all.put("appId", List.of("hub"));
        all.put("timestamp", List.of(timestamp));
        StringJoiner canonical = new StringJoiner("&");
        all.forEach((name, values) -> values.stream().filter(v -> !v.isEmpty()).forEach(v -> canonical.add(name + "=" + v)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HeatSimulatorTest.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        StringBuilder body = new StringBuilder();
        form.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
                .append(name).append('=').append(UriUtils.encode(value, StandardCharsets.UTF_8))));
        return mvc.perform(post(path).queryParam("appId", "hub").queryParam("timestamp", timestamp)
                .queryParam("sign", sign).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString()))
                .andReturn();
    }

    private static MultiValueMap<String, String> application(String reqNo, String address, String area) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("reqNo", reqNo);
        f.add("ckbh", "GTBZ20261125001");
        f.add("xmmc", "高唐县鱼丘湖街道金城路16号商铺");
        f.add("dz", address);
        f.add("qxdm", "371526");
        f.add("slrq", "20261125");
        f.add("sqrmc", "高唐县示例商贸有限公司");
        f.add("sqrzjh", "91371526MA3C11116D");
        f.add("lxdh", "13905351234");
        f.add("grmj", area);
        f.add("ywgc", "0");
        return f;
    }

    private static MultiValueMap<String, String> permit(String reqNo, String address) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("reqNo", reqNo);
        f.add("xkzh", "371526202611250101");
        f.add("xmdm", "2611-371526-04-01-000123");
        f.add("xmmc", "高唐县鱼丘湖街道金城花园二期");
        f.add("dz", address);
        f.add("qxdm", "371526");
        f.add("jzyt", "RESIDENTIAL");
        f.add("fzrq", "20261125");
        f.add("jgrq", "20280630");
        f.add("jsdw", "高唐县示例商贸有限公司");
        f.add("jsdwdm", "91371526MA3C11116D");
        f.add("jzmj", "86500.50");
        return f;
    }
}
