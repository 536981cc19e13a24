package org.govhub.connectors.gas;

import org.govhub.contracts.testkit.GasXmlSchema;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

class GasAccountTransferHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/gas.v1.yaml", "/gas");

    private static final String PATH = "/gas/services/AccountTransfer";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XmlMapper XML = new XmlMapper();

    // Unique per test, so that a late request of another test (the timeout's) is never taken for this one's.
    private final String exchangeId = UUID.randomUUID().toString();
    private GasAccountTransferHandler handler;

    @BeforeEach
    void connectToTheStub() {
        handler = new GasAccountTransferHandler(stub.endpoint(Duration.ofSeconds(5)), "hub", "test-gas-password");
    }

    @Test
    void appliedWhenTheGasCompanyTransfers() throws Exception {
        answer(200, """
                <?xml version="1.0" encoding="UTF-8"?>
                <GasTransferResponse>
                  <ResultCode>0000</ResultCode>
                  <ResultMessage>过户成功</ResultMessage>
                  <AccountNo>RQ371526000019</AccountNo>
                  <OrderNo>RQGH20261125000001</OrderNo>
                </GasTransferResponse>""");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result).isEqualTo(AgencyResult.applied("RQGH20261125000001"));
        LoggedRequest request = theOneRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/xml").contains("UTF-8");
        String body = request.getBodyAsString();
        GasXmlSchema.assertConforms("GasTransferRequest", body);
        assertThat(XML.readTree(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(XML.readTree("""
                <GasTransferRequest>
                  <RequestId>%s:M1:gas:account-transfer</RequestId>
                  <UnitNumber>371526002002GB00001F00020202</UnitNumber>
                  <Address>山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室</Address>
                  <TransferDate>2026-11-25</TransferDate>
                  <NewCustomer>
                    <Name>张平</Name>
                    <CertType>01</CertType>
                    <CertNo>371526199005104244</CertNo>
                    <Mobile>15045980949</Mobile>
                  </NewCustomer>
                  <OldCustomer>
                    <Name>何敏</Name>
                  </OldCustomer>
                </GasTransferRequest>""".formatted(exchangeId)));
    }

    @Test
    void sendsOnlyWhatTheMandateAllowsEvenWhenTheCommandCarriesMore() throws Exception {
        answerTransferred();
        ObjectNode data = data();
        data.put("price", "1280000.00");
        ((ObjectNode) data.path("previousOwner")).put("idNumber", "37152619721226791X").put("phone", "13601996516");

        handler.handle(command(data));

        String body = theOneRequest().getBodyAsString();
        GasXmlSchema.assertConforms("GasTransferRequest", body);
        assertThat(body).doesNotContain("1280000", "37152619721226791X", "13601996516");
        assertThat(elementNames(XML.readTree(body.getBytes(StandardCharsets.UTF_8)), ""))
                .containsExactlyInAnyOrder("RequestId", "UnitNumber", "Address", "TransferDate", "NewCustomer/Name",
                        "NewCustomer/CertType", "NewCustomer/CertNo", "NewCustomer/Mobile", "OldCustomer/Name");
    }

    @Test
    void anOrganisationWithoutAPhoneIsSentAsSuch() throws Exception {
        answerTransferred();
        ObjectNode data = data();
        ((ObjectNode) data.path("newOwner")).put("name", "高唐县鑫源商贸有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C11116D").remove("phone");

        handler.handle(command(data));

        String body = theOneRequest().getBodyAsString();
        GasXmlSchema.assertConforms("GasTransferRequest", body);
        JsonNode customer = XML.readTree(body.getBytes(StandardCharsets.UTF_8)).path("NewCustomer");
        assertThat(customer.path("CertType").asText()).isEqualTo("02");
        assertThat(customer.path("CertNo").asText()).isEqualTo("91371526MA3C11116D");
        assertThat(customer.has("Mobile")).isFalse();
    }

    @Test
    void notApplicableWhenThereIsNoGasAccountAtTheUnit() throws Exception {
        answer(200, "<GasTransferResponse><ResultCode>1001</ResultCode><ResultMessage>该房屋无燃气用户</ResultMessage></GasTransferResponse>");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
        assertThat(result.reasonCode()).isEqualTo("NO_ACCOUNT");
    }

    @Test
    void rejectedWhileGasBillsAreUnpaid() throws Exception {
        answer(200, "<GasTransferResponse><ResultCode>1002</ResultCode><ResultMessage>燃气用户存在欠费</ResultMessage>"
                + "<AccountNo>RQ371526000019</AccountNo></GasTransferResponse>");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(result.reasonCode()).isEqualTo("ARREARS");
        assertThat(result.reason()).doesNotContain("RQ371526000019");
    }

    @Test
    void failedWhenTheGasCompanyFindsTheRequestMalformed() throws Exception {
        answer(400, "<GasTransferResponse><ResultCode>9001</ResultCode><ResultMessage>报文格式错误：UnitNumber</ResultMessage></GasTransferResponse>");

        AgencyResult result = handler.handle(command(data()));

        assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(result.reasonCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void anInternalErrorIsTransient() {
        answer(500, "<GasTransferResponse><ResultCode>9999</ResultCode><ResultMessage>系统异常，请稍后重试</ResultMessage></GasTransferResponse>");

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void maintenanceIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("gas is down")));

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(AgencyUnavailableException.class);
    }

    @Test
    void aTimeoutIsTransient() {
        GasAccountTransferHandler impatient = new GasAccountTransferHandler(stub.endpoint(Duration.ofMillis(300)), "hub", "test-gas-password");
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withFixedDelay(3_000)
                .withBody("<GasTransferResponse><ResultCode>1001</ResultCode><ResultMessage>x</ResultMessage></GasTransferResponse>")));

        assertThatThrownBy(() -> impatient.handle(command(data())))
                .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("Timeout");
    }

    @Test
    void aConnectionResetIsTransient() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(AgencyUnavailableException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown result code    | 200 | application/xml  | <GasTransferResponse><ResultCode>7777</ResultCode><ResultMessage>?</ResultMessage></GasTransferResponse>",
        "no result code         | 200 | application/xml  | <GasTransferResponse><ResultMessage>过户成功</ResultMessage></GasTransferResponse>",
        "no result message      | 200 | application/xml  | <GasTransferResponse><ResultCode>1001</ResultCode></GasTransferResponse>",
        "transferred, no order  | 200 | application/xml  | <GasTransferResponse><ResultCode>0000</ResultCode><ResultMessage>过户成功</ResultMessage><AccountNo>RQ1</AccountNo></GasTransferResponse>",
        "unknown element        | 200 | application/xml  | <GasTransferResponse><ResultCode>1001</ResultCode><ResultMessage>x</ResultMessage><Owner>何敏</Owner></GasTransferResponse>",
        "another root element   | 200 | application/xml  | <Response><ResultCode>1001</ResultCode><ResultMessage>x</ResultMessage></Response>",
        "not XML                | 200 | application/xml  | OK",
        "empty body             | 200 | application/xml  | ''",
        "JSON                   | 200 | application/json | {\"ResultCode\":\"1001\",\"ResultMessage\":\"x\"}",
        "success code with 400  | 400 | application/xml  | <GasTransferResponse><ResultCode>0000</ResultCode><ResultMessage>x</ResultMessage></GasTransferResponse>",
        "undocumented 404       | 404 | text/html        | <html>Not Found</html>",
    })
    void anAnswerBreakingTheContractIsAViolation(String why, int status, String contentType, String body) {
        stub.expectViolations();
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));

        assertThatThrownBy(() -> handler.handle(command(data()))).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void aCommandLackingAFieldIsInvalidAndNothingIsSent() {
        ObjectNode data = data();
        ((ObjectNode) data.path("newOwner")).remove("idNumber");

        assertThatThrownBy(() -> handler.handle(command(data))).isInstanceOf(InvalidCommandException.class);
        assertThat(stub.server().findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(exchangeId))))
                .isEmpty();
    }

    private void answer(int status, String xml) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/xml;charset=UTF-8").withBody(xml)));
    }

    @Test
    void refusedCredentialsFailTheCommandWithoutRetry() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Basic realm=\"gas\"")
                .withHeader("Content-Type", "text/plain").withBody("Unauthorized")));

        assertThatThrownBy(() -> handler.handle(command(data())))
                .isInstanceOf(AgencyAuthenticationException.class)
                .hasMessage("gas refused the hub's credentials (HTTP 401); check govhub.connectors.gas.*");
    }

    private void answerTransferred() {
        answer(200, "<GasTransferResponse><ResultCode>0000</ResultCode><ResultMessage>过户成功</ResultMessage>"
                + "<AccountNo>RQ371526000019</AccountNo><OrderNo>RQGH20261125000001</OrderNo></GasTransferResponse>");
    }

    private LoggedRequest theOneRequest() {
        List<LoggedRequest> requests = stub.server().findAll(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(containing(exchangeId)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Accept")).isEqualTo("application/xml");
        // "hub:test-gas-password", RFC 7617
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Basic aHViOnRlc3QtZ2FzLXBhc3N3b3Jk");
        return requests.get(0);
    }

    private static List<String> elementNames(JsonNode node, String prefix) {
        List<String> names = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                names.addAll(elementNames(e.getValue(), prefix + e.getKey() + "/"));
            } else {
                names.add(prefix + e.getKey());
            }
        });
        return names;
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
        return new AgencyCommand(AgencyCommand.commandId(exchangeId, "M1", "gas", "account-transfer"), exchangeId, "evt-1", "M1", "gas",
                "account-transfer", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
