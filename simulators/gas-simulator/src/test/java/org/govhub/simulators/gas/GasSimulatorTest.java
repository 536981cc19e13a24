package org.govhub.simulators.gas;

import org.govhub.contracts.testkit.GasXmlSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.nio.charset.StandardCharsets;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest(classes = GasSimulatorTestApplication.class,
        properties = {"govhub.simulators.gas.username=hub", "govhub.simulators.gas.password=test-gas-password"})
@AutoConfigureMockMvc
class GasSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/gas.v1.yaml", "/gas");
    private static final XmlMapper XML = new XmlMapper();

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
    void transfersTheAccountAtTheUnitToTheNewOwner() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        GaotangSeed.Party buyer = seed.buyers().get(0);

        JsonNode answer = transfer(request("ex-1:gas", flat, buyer), 200);

        assertThat(answer.path("ResultCode").asText()).isEqualTo("0000");
        assertThat(answer.path("AccountNo").asText()).isEqualTo("RQ371526000019");
        assertThat(answer.path("OrderNo").asText()).startsWith("RQGH");
        JsonNode account = simState("/_sim/gas/accounts/RQ371526000019");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(buyer.name());
        assertThat(account.path("holder").path("certType").asText()).isEqualTo("01");
        assertThat(account.path("holder").path("certNo").asText()).isEqualTo(buyer.idNumber());
        assertThat(account.path("holder").path("mobile").asText()).isEqualTo(buyer.phone());
        assertThat(account.path("transferCount").asInt()).isEqualTo(1);
        JsonNode transfers = simState("/_sim/gas/transfers");
        assertThat(transfers).hasSize(1);
        assertThat(transfers.get(0).path("requestId").asText()).isEqualTo("ex-1:gas");
        assertThat(transfers.get(0).path("orderNo").asText()).isEqualTo(answer.path("OrderNo").asText());
    }

    @Test
    void answersNoAccountForAUnitWithoutGas() throws Exception {
        for (int noGas : new int[] {1, 5}) {
            GaotangSeed.Property flat = seed.properties().get(noGas);

            JsonNode answer = transfer(request("ex-" + noGas + ":gas", flat, seed.buyers().get(0)), 200);

            assertThat(answer.path("ResultCode").asText()).isEqualTo("1001");
            assertThat(answer.has("AccountNo")).isFalse();
        }
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    @Test
    void refusesTheTransferWhileGasBillsAreUnpaid() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        mvc.perform(post("/_sim/gas/accounts/RQ371526000019/arrears").param("amount", "87.50"))
                .andExpect(status().isOk());

        JsonNode answer = transfer(request("ex-2:gas", flat, seed.buyers().get(1)), 200);

        assertThat(answer.path("ResultCode").asText()).isEqualTo("1002");
        assertThat(answer.path("AccountNo").asText()).isEqualTo("RQ371526000019");
        assertThat(answer.has("OrderNo")).isFalse();
        JsonNode account = simState("/_sim/gas/accounts/RQ371526000019");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(flat.owner().name());
        assertThat(account.path("transferCount").asInt()).isZero();
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    @Test
    void aRepeatedRequestIdGetsTheFirstAnswerAndChangesNothing() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        MvcResult first = send(request("ex-3:gas", flat, seed.buyers().get(0)));
        // Even a repeat carrying other data is the same request to the gas company.
        MvcResult repeat = send(request("ex-3:gas", flat, seed.buyers().get(1)));

        assertThat(repeat.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(repeat)).isEqualTo(body(first));
        JsonNode account = simState("/_sim/gas/accounts/RQ371526000019");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(seed.buyers().get(0).name());
        assertThat(account.path("transferCount").asInt()).isEqualTo(1);
        assertThat(simState("/_sim/gas/transfers")).hasSize(1);
    }

    @Test
    void aNewRequestIdTransfersAgain() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        transfer(request("ex-4:gas", flat, seed.buyers().get(0)), 200);
        transfer(request("ex-5:gas", flat, seed.buyers().get(1)), 200);

        JsonNode account = simState("/_sim/gas/accounts/RQ371526000019");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(seed.buyers().get(1).name());
        assertThat(account.path("transferCount").asInt()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not XML             | transfer please                                                   | XML",
        "another root        | <TransferRequest><RequestId>x</RequestId></TransferRequest>       | GasTransferRequest",
        "unknown element     | <GasTransferRequest><Price>1200000</Price></GasTransferRequest>   | XML",
        "no unit number      | <GasTransferRequest><RequestId>x</RequestId></GasTransferRequest> | UnitNumber",
    })
    void refusesAMalformedRequestNamingTheProblem(String why, String body, String field) throws Exception {
        MvcResult result = send(body);

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode answer = XML.readTree(body(result));
        assertThat(answer.path("ResultCode").asText()).isEqualTo("9001");
        assertThat(answer.path("ResultMessage").asText()).endsWith(field);
        GasXmlSchema.assertConforms("GasTransferResponse", body(result));
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    @Test
    void refusesMalformedValues() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        String badDate = request("ex-6:gas", flat, seed.buyers().get(0))
                .replaceAll("<TransferDate>[^<]*</TransferDate>", "<TransferDate>2026-02-30</TransferDate>");
        String badCertType = request("ex-7:gas", flat, seed.buyers().get(0))
                .replace("<CertType>01</CertType>", "<CertType>RESIDENT_ID</CertType>");

        assertThat(XML.readTree(body(send(badDate))).path("ResultMessage").asText()).endsWith("TransferDate");
        assertThat(XML.readTree(body(send(badCertType))).path("ResultMessage").asText()).endsWith("NewCustomer/CertType");
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    @Test
    void resetRestoresTheSeededHolders() throws Exception {
        GaotangSeed.Property flat = seed.properties().get(0);
        transfer(request("ex-8:gas", flat, seed.buyers().get(0)), 200);

        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());

        JsonNode account = simState("/_sim/gas/accounts/RQ371526000019");
        assertThat(account.path("holder").path("name").asText()).isEqualTo(flat.owner().name());
        assertThat(account.path("transferCount").asInt()).isZero();
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
        // The request id is forgotten too: the same request now transfers afresh.
        assertThat(transfer(request("ex-8:gas", flat, seed.buyers().get(0)), 200).path("ResultCode").asText())
                .isEqualTo("0000");
    }

    @Test
    void anOutageAnswers503AsDocumented() throws Exception {
        mvc.perform(post("/_sim/gas/faults").param("outageSeconds", "60")).andExpect(status().isOk());

        MvcResult result = send(request("ex-9:gas", seed.properties().get(0), seed.buyers().get(0)));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    @Test
    void journalsTheRequestAsReceived() throws Exception {
        String request = request("ex-10:gas", seed.properties().get(0), seed.buyers().get(0));
        send(request);

        JsonNode journal = simState("/_sim/gas/requests");
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0).path("path").asText()).isEqualTo("/gas/services/AccountTransfer");
        assertThat(journal.get(0).path("body").asText()).isEqualTo(request);
    }

    /** A transfer that must conform to the contract both ways; returns the parsed answer. */
    private JsonNode transfer(String requestXml, int expectedStatus) throws Exception {
        GasXmlSchema.assertConforms("GasTransferRequest", requestXml);
        MvcResult result = send(requestXml);
        assertThat(result.getResponse().getStatus()).isEqualTo(expectedStatus);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_XML_VALUE);
        GasXmlSchema.assertConforms("GasTransferResponse", body(result));
        return XML.readTree(body(result));
    }

    @Test
    void aWrongPasswordIsChallengedAndChangesNothing() throws Exception {
        MvcResult result = mvc.perform(post("/gas/services/AccountTransfer")
                        .with(httpBasic("hub", "not-the-password"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(request("ex-auth-1:gas", seed.properties().get(0), seed.buyers().get(0))
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnauthorized())
                .andReturn();

        CONTRACT.assertConforms(result);
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic realm=\"gas\"");
        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    @Test
    void noCredentialsAreChallenged() throws Exception {
        mvc.perform(post("/gas/services/AccountTransfer")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(request("ex-auth-2:gas", seed.properties().get(0), seed.buyers().get(0))
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnauthorized());

        assertThat(simState("/_sim/gas/transfers")).isEmpty();
    }

    /** Basic credentials, as RFC 7617 encodes them. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasic(String user, String password) {
        String token = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader("Authorization", "Basic " + token);
            return request;
        };
    }

    /** Sends a body to the service and checks the exchange against the OpenAPI document. */
    private MvcResult send(String requestXml) throws Exception {
        MvcResult result = mvc.perform(post("/gas/services/AccountTransfer")
                        .with(httpBasic("hub", "test-gas-password"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(requestXml.getBytes(StandardCharsets.UTF_8)))
                .andReturn();
        CONTRACT.assertConforms(result);
        return result;
    }

    private JsonNode simState(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        return json.readTree(body(result));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String request(String requestId, GaotangSeed.Property flat, GaotangSeed.Party buyer) {
        return """
                <GasTransferRequest>
                  <RequestId>%s</RequestId>
                  <UnitNumber>%s</UnitNumber>
                  <Address>%s</Address>
                  <TransferDate>2026-11-25</TransferDate>
                  <NewCustomer>
                    <Name>%s</Name>
                    <CertType>01</CertType>
                    <CertNo>%s</CertNo>
                    <Mobile>%s</Mobile>
                  </NewCustomer>
                  <OldCustomer>
                    <Name>%s</Name>
                  </OldCustomer>
                </GasTransferRequest>
                """.formatted(requestId, flat.unitNumber(), flat.address(), buyer.name(), buyer.idNumber(),
                buyer.phone(), flat.owner().name());
    }
}
