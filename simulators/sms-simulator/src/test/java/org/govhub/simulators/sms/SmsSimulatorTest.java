package org.govhub.simulators.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.sms.max-per-phone-per-minute=3", "govhub.simulators.sms.access-key-id=hub",
                "govhub.simulators.sms.access-key-secret=" + SmsSimulatorTest.SECRET})
@AutoConfigureMockMvc
class SmsSimulatorTest {

    static final String SECRET = "test-sms-secret";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/sms.v1.yaml", "/sms");
    private static final String PHONE = "15045980949";
    private static final String ADDRESS = "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset"));
    }

    @Test
    void sendsTheRenderedTemplateToThePhone() throws Exception {
        MvcResult sent = send(message("ex-1:sms", PHONE, "M1_TRANSFER_RESULT", params()));

        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        JsonNode answer = body(sent);
        assertThat(answer.path("code").asText()).isEqualTo("OK");
        assertThat(answer.path("bizId").asText()).isNotBlank();

        JsonNode messages = simMessages();
        assertThat(messages).hasSize(1);
        JsonNode message = messages.get(0);
        assertThat(message.path("phone").asText()).isEqualTo(PHONE);
        assertThat(message.path("outId").asText()).isEqualTo("ex-1:sms");
        assertThat(message.path("template").asText()).isEqualTo("M1_TRANSFER_RESULT");
        assertThat(message.path("text").asText())
                .isEqualTo("您名下" + ADDRESS + "的不动产已完成转移登记。水:已过户 电:已过户 气:无账户 热:未过户。");
    }

    @Test
    void aRepeatedOutIdSendsNothingNewAndAnswersTheFirstAcceptance() throws Exception {
        JsonNode first = body(send(message("ex-2:sms", PHONE, "M1_TRANSFER_RESULT", params())));
        JsonNode again = body(send(message("ex-2:sms", PHONE, "M1_TRANSFER_RESULT", params())));

        assertThat(again).isEqualTo(first);
        assertThat(simMessages()).hasSize(1);
    }

    @Test
    void reportsDeliveryByBizId() throws Exception {
        String bizId = body(send(message("ex-3:sms", PHONE + "," + "13562423187", "M1_TRANSFER_RESULT", params())))
                .path("bizId").asText();

        MvcResult status = contract(mvc.perform(get("/sms/v1/messages/{bizId}", bizId).with(signed(SECRET, Instant.now()))).andReturn());

        assertThat(status.getResponse().getStatus()).isEqualTo(200);
        JsonNode receipts = body(status).path("receipts");
        assertThat(receipts).hasSize(2);
        assertThat(receipts.findValuesAsText("status")).containsOnly("DELIVERED");
        assertThat(body(status).path("outId").asText()).isEqualTo("ex-3:sms");
        assertThat(simMessages()).hasSize(2);
    }

    @Test
    void anUnknownBizIdIsNotFound() throws Exception {
        MvcResult status = contract(mvc.perform(get("/sms/v1/messages/{bizId}", "900000000000000999^0").with(signed(SECRET, Instant.now()))).andReturn());

        assertThat(status.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(status).path("code").asText()).isEqualTo("isv.MESSAGE_NOT_FOUND");
    }

    @Test
    void refusesAnIllegalMobileNumber() throws Exception {
        assertRefused(send(message("ex-4:sms", "1234567", "M1_TRANSFER_RESULT", params())), 400, "isv.MOBILE_NUMBER_ILLEGAL");
    }

    @Test
    void refusesAnUnregisteredTemplate() throws Exception {
        assertRefused(send(message("ex-5:sms", PHONE, "FREE_TEXT", params())), 400, "isv.TEMPLATE_MISSING");
    }

    @Test
    void refusesParametersThatDoNotMatchTheTemplate() throws Exception {
        JsonNode missingHeat = params();
        ((ObjectNode) missingHeat).remove("heat");
        assertRefused(send(message("ex-6:sms", PHONE, "M1_TRANSFER_RESULT", missingHeat)), 400, "isv.TEMPLATE_PARAMS_ILLEGAL");

        JsonNode tooLong = params();
        ((ObjectNode) tooLong).put("water", "已过户已过户已过户已过户");
        assertRefused(send(message("ex-7:sms", PHONE, "M1_TRANSFER_RESULT", tooLong)), 400, "isv.TEMPLATE_PARAMS_ILLEGAL");
    }

    @Test
    void refusesAMalformedRequest() throws Exception {
        MvcResult result = mvc.perform(post("/sms/v1/messages").with(signed(SECRET, Instant.now())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outId\":\"ex-8:sms\",\"phoneNumbers\":\"" + PHONE + "\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).path("code").asText()).isEqualTo("isv.INVALID_PARAMETERS");
        assertThat(simMessages()).isEmpty();
    }

    @Test
    void flowControlRefusesTooManyMessagesToOneNumberAndARefusalIsNotRemembered() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(message("ex-9" + i + ":sms", PHONE, "M1_TRANSFER_RESULT", params())).getResponse().getStatus())
                    .isEqualTo(200);
        }
        assertRefused(send(message("ex-93:sms", PHONE, "M1_TRANSFER_RESULT", params())), 429, "isv.BUSINESS_LIMIT_CONTROL");
        assertThat(send(message("ex-93:sms", "13562423187", "M1_TRANSFER_RESULT", params())).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(simMessages()).hasSize(4);
    }

    @Test
    void forcedFlowControlRefusesTheNextSendsThenLetsThemThrough() throws Exception {
        mvc.perform(post("/_sim/sms/limit-control").param("next", "1"));

        assertRefused(send(message("ex-10:sms", PHONE, "M1_TRANSFER_RESULT", params())), 429, "isv.BUSINESS_LIMIT_CONTROL");
        assertThat(send(message("ex-10:sms", PHONE, "M1_TRANSFER_RESULT", params())).getResponse().getStatus()).isEqualTo(200);
        assertThat(simMessages()).hasSize(1);
    }

    @Test
    void resetForgetsEveryMessage() throws Exception {
        send(message("ex-11:sms", PHONE, "M1_TRANSFER_RESULT", params()));

        mvc.perform(post("/_sim/reset"));

        assertThat(simMessages()).isEmpty();
    }

    private void assertRefused(MvcResult result, int status, String code) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        JsonNode body = body(result);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).doesNotContain(PHONE);
    }

    private MvcResult send(JsonNode message) throws Exception {
        return contract(mvc.perform(post("/sms/v1/messages").with(signed(SECRET, Instant.now())).contentType(MediaType.APPLICATION_JSON)
                .content(mapper.writeValueAsString(message))).andReturn());
    }

    @Test
    void refusesAnUnknownKeyAWrongSignatureAndAStaleDate() throws Exception {
        byte[] message = mapper.writeValueAsBytes(message("ex-auth:sms", PHONE, "M1_TRANSFER_RESULT", params()));

        MvcResult wrongSecret = mvc.perform(post("/sms/v1/messages").contentType(MediaType.APPLICATION_JSON).content(message)
                .with(signed("not-" + SECRET, Instant.now()))).andReturn();
        contract(wrongSecret);
        assertRefused(wrongSecret, 401, "SignatureDoesNotMatch");

        MvcResult stale = mvc.perform(post("/sms/v1/messages").contentType(MediaType.APPLICATION_JSON).content(message)
                .with(signed(SECRET, Instant.now().minusSeconds(901)))).andReturn();
        assertRefused(stale, 401, "InvalidTimeStamp.Expired");

        MvcResult unsigned = mvc.perform(post("/sms/v1/messages").contentType(MediaType.APPLICATION_JSON).content(message))
                .andReturn();
        assertRefused(unsigned, 401, "InvalidAccessKeyId.NotFound");

        // Signed for another body: the signature covers what is sent.
        MvcResult tampered = mvc.perform(post("/sms/v1/messages").contentType(MediaType.APPLICATION_JSON).content(message)
                .with(signed(SECRET, Instant.now())).with(request -> {
                    request.setContent(new String(message, StandardCharsets.UTF_8).replace(PHONE, "13900000000")
                            .getBytes(StandardCharsets.UTF_8));
                    return request;
                })).andReturn();
        assertRefused(tampered, 401, "SignatureDoesNotMatch");

        assertThat(simMessages()).isEmpty();
    }

    /**
     * Signs as the contract documents: base64 HMAC-SHA256 of method, path, X-Sms-Date and the
     * body's hex SHA-256, one per line.
     */
    private static RequestPostProcessor signed(String secret, Instant date) {
        return request -> {
            try {
                byte[] body = request.getContentAsByteArray() == null ? new byte[0] : request.getContentAsByteArray();
                String toSign = request.getMethod() + "\n" + request.getRequestURI() + "\n" + date + "\n"
                        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                request.addHeader("X-Sms-Access-Key-Id", "hub");
                request.addHeader("X-Sms-Date", date.toString());
                request.addHeader("X-Sms-Signature",
                        Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8))));
                return request;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static MvcResult contract(MvcResult result) {
        CONTRACT.assertConforms(result);
        return result;
    }

    private JsonNode simMessages() throws Exception {
        return body(mvc.perform(get("/_sim/sms/messages")).andReturn());
    }

    private JsonNode body(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode message(String outId, String phoneNumbers, String templateCode, JsonNode params) {
        return mapper.createObjectNode().put("outId", outId).put("phoneNumbers", phoneNumbers)
                .put("templateCode", templateCode).set("templateParam", params);
    }

    private JsonNode params() {
        return mapper.createObjectNode().put("address", ADDRESS).put("water", "已过户").put("power", "已过户")
                .put("gas", "无账户").put("heat", "未过户");
    }
}
