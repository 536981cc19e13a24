package org.govhub.connectors.heat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class HeatAccountTransferHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/heat.v1.yaml", "/heat");

    private static final String PATH = "/heat/api/transfer.do";
    private static final String APP_SECRET = "test-heat-secret";
    private static final String EXPECTED_SIGN = "46eac17f37fc67c7443a1f78ceb2e0a913e869e912c748469270566ad3611330";
    private static final ObjectMapper JSON = new ObjectMapper();

    // Unique per test, so that a late request of another test (the timeout's) is never taken for this one's.
    private final String exchangeId = UUID.randomUUID().toString();
    private HeatAccountTransferHandler handler;

    @BeforeEach
    void connectToTheStub() {
        handler = new HeatAccountTransferHandler(stub.endpoint(Duration.ofSeconds(5)), "hub", APP_SECRET, Clock.systemUTC());
    }

    @Test
    void appliedWhenTheHeatingCompanyTransfers() throws Exception {
        answer("{\"ret\":0,\"msg\":\"过户成功\",\"yhbh\":\"RL0000023\"}");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result).isEqualTo(AgencyResult.applied("RL0000023"));
        LoggedRequest request = theOneRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded").contains("UTF-8");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        ObjectNode form = HeatFormSchema.assertConforms(request.getBodyAsString());
        assertThat(form).isEqualTo(JSON.readTree("""
                {
                  "reqNo": "%s:M1:heat:account-transfer",
                  "fwzl": "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室",
                  "bdcdyh": "371526002002GB00001F00020202",
                  "xhzxm": "张平",
                  "xhzzjh": "371526199005104244",
                  "xhzsj": "15045980949",
                  "yhzxm": "何敏",
                  "ghrq": "20261125"
                }""".formatted(exchangeId)));
    }

    @Test
    void sendsOnlyWhatTheMandateAllowsEvenWhenTheCommandCarriesMore() throws Exception {
        answer("{\"ret\":0,\"msg\":\"过户成功\",\"yhbh\":\"RL0000023\"}");
        ObjectNode data = data();
        data.put("price", "1280000.00");
        ((ObjectNode) data.path("previousOwner")).put("idNumber", "37152619721226791X").put("phone", "13601996516");

        handler.handle(command(data));

        String body = theOneRequest().getBodyAsString();
        assertThat(body).doesNotContain("1280000", "37152619721226791X", "13601996516");
        assertThat(HeatFormSchema.assertConforms(body).properties()).extracting(e -> e.getKey())
                .containsExactly("reqNo", "fwzl", "bdcdyh", "xhzxm", "xhzzjh", "xhzsj", "yhzxm", "ghrq");
    }

    @Test
    void leavesTheMobileOutWhenThereIsNone() throws Exception {
        answer("{\"ret\":0,\"msg\":\"过户成功\",\"yhbh\":\"RL0000023\"}");
        ObjectNode data = data();
        ((ObjectNode) data.path("newOwner")).remove("phone");

        handler.handle(command(data));

        assertThat(HeatFormSchema.assertConforms(theOneRequest().getBodyAsString()).has("xhzsj")).isFalse();
    }

    @Test
    void notApplicableWhenThereIsNoHeatingAccountAtTheAddress() throws Exception {
        answer("{\"ret\":101,\"msg\":\"该地址无供热用户\"}");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(result.reasonCode()).isEqualTo("NO_ACCOUNT");
    }

    @Test
    void rejectedWhileHeatingFeesAreUnpaid() throws Exception {
        answer("{\"ret\":102,\"msg\":\"供热用户欠缴热费\",\"yhbh\":\"RL0000023\"}");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("ARREARS");
        assertThat(result.reason()).doesNotContain("RL0000023");
    }

    @Test
    void failedWhenTheHeatingCompanyRefusesAParameter() throws Exception {
        answer("{\"ret\":201,\"msg\":\"参数错误：ghrq\"}");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reasonCode()).isEqualTo("INVALID_REQUEST");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource(delimiter = '|', value = {
        "500 | text/html  | <html><body><h1>HTTP Status 500 - Internal Server Error</h1></body></html>",
        "503 | text/plain | heat is down",
    })
    void aServerErrorIsTransient(int status, String contentType, String body) {
        stub.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aTimeoutIsTransient() {
        HeatAccountTransferHandler impatient = new HeatAccountTransferHandler(stub.endpoint(Duration.ofMillis(300)), "hub", APP_SECRET, Clock.systemUTC());
        stub.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(3_000)
                .withBody("{\"ret\":101,\"msg\":\"该地址无供热用户\"}")));

        assertThatThrownBy(() -> impatient.handle(command(data())))
                .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("Timeout");
    }

    @Test
    void aConnectionResetIsTransient() {
        stub.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(AgencyUnavailableException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown ret              | 200 | application/json | {\"ret\":7,\"msg\":\"?\"}",
        "ret as text              | 200 | application/json | {\"ret\":\"0\",\"msg\":\"过户成功\",\"yhbh\":\"RL0000023\"}",
        "no ret                   | 200 | application/json | {\"msg\":\"过户成功\"}",
        "no msg                   | 200 | application/json | {\"ret\":101}",
        "transferred, no yhbh     | 200 | application/json | {\"ret\":0,\"msg\":\"过户成功\"}",
        "undocumented field       | 200 | application/json | {\"ret\":101,\"msg\":\"x\",\"xhzxm\":\"张平\"}",
        "an array                 | 200 | application/json | [0]",
        "not JSON                 | 200 | application/json | ret=0",
        "empty body               | 200 | application/json | ''",
        "an HTML page             | 200 | text/html        | <html>ret=0</html>",
        "undocumented 404         | 404 | text/html        | <html>Not Found</html>",
        "undocumented 201         | 201 | application/json | {\"ret\":0,\"msg\":\"过户成功\",\"yhbh\":\"RL0000023\"}",
    })
    void anAnswerBreakingTheContractIsAViolation(String why, int status, String contentType, String body) {
        stub.expectViolations();
        stub.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aCommandLackingAFieldIsInvalidAndNothingIsSent() {
        ObjectNode data = data();
        data.remove("address");

        assertThatThrownBy(() -> handler.handle(command(data))).isInstanceOf(InvalidCommandException.class);
        assertThat(requestsOfThisTest()).isEmpty();
    }

    @Test
    void aRefusedSignatureFailsTheCommandWithoutRetry() {
        stub.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody("{\"ret\":401,\"msg\":\"签名错误\"}")));

        assertThatThrownBy(() -> handler.handle(command(data())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessage("heat refused the hub's credentials (HTTP 401); check govhub.connectors.heat.*");
    }

    @Test
    void theSignatureCoversEveryParameter() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reqNo", "r-1");
        form.add("fwzl", "地址");
        form.add("xhzsj", "");
        String sign = HeatAccountTransferHandler.sign(form, "hub", "1764036000000", APP_SECRET);

        // HMAC-SHA256("test-heat-secret", "appId=hub&fwzl=地址&reqNo=r-1&timestamp=1764036000000"), computed apart.
        assertThat(sign).isEqualTo(EXPECTED_SIGN);
        form.set("reqNo", "r-2");
        assertThat(HeatAccountTransferHandler.sign(form, "hub", "1764036000000", APP_SECRET)).isNotEqualTo(sign);
        assertThat(HeatAccountTransferHandler.sign(form, "hub", "1764036000001", APP_SECRET)).isNotEqualTo(sign);
    }

    private void answer(String json) {
        stub.server().stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(json)));
    }

    /** The one request of this test, whose signature must verify as the contract documents. */
    private LoggedRequest theOneRequest() throws Exception {
        List<LoggedRequest> requests = requestsOfThisTest();
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        java.util.TreeMap<String, String> parameters = new java.util.TreeMap<>();
        for (String pair : (URI.create(request.getUrl()).getRawQuery() + "&" + request.getBodyAsString()).split("&")) {
            String[] nameValue = pair.split("=", 2);
            assertThat(parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8))).as("repeated " + nameValue[0]).isNull();
        }
        assertThat(parameters.get("appId")).isEqualTo("hub");
        assertThat(Long.parseLong(parameters.get("timestamp"))).isBetween(System.currentTimeMillis() - 10_000, System.currentTimeMillis());
        String sign = parameters.remove("sign");
        String canonical = parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("&"));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(sign).isEqualTo(java.util.HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8))));
        return request;
    }

    private List<LoggedRequest> requestsOfThisTest() {
        return stub.server().findAll(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(containing(URLEncoder.encode(exchangeId, StandardCharsets.UTF_8))));
    }

    /** The command's data as M1 sends it to a utility. */
    private static ObjectNode data() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {
                      "unitNumber": "371526002002GB00001F00020202",
                      "address": "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室",
                      "transferDate": "2026-11-25",
                      "newOwner": {"name": "张平", "idType": "RESIDENT_ID", "idNumber": "371526199005104244", "phone": "15045980949"},
                      "previousOwner": {"name": "何敏"}
                    }""");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AgencyCommand command(JsonNode data) {
        return new AgencyCommand(AgencyCommand.commandId(exchangeId, "M1", "heat", "account-transfer"), exchangeId, "evt-1", "M1", "heat",
                "account-transfer", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
