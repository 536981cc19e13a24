package org.govhub.simulators.realestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govhub.contracts.schema.EventSchemas;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.testkit.FakeHub;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class RealestateSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/realestate.v1.yaml", "/realestate");
    private static final FakeHub HUB = FakeHub.start();
    private static final String API_TOKEN = "test-registry-token";
    private static final String BEARER = "Bearer " + API_TOKEN;
    private static final String EVENT_TYPE = "gov.realestate.transfer-registered.v1";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper mapper;
    @Autowired
    private GaotangSeed seed;

    private GaotangSeed.Property property;
    private GaotangSeed.Party buyer;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "realestate");
        // One attempt per push: these tests count what reached the hub (HubEventPusherTest covers the retries).
        registry.add("govhub.simulators.hub.max-attempts", () -> "1");
        registry.add("govhub.simulators.realestate.api-token", () -> API_TOKEN);
    }

    @AfterAll
    static void stopHub() {
        HUB.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset"));
        HUB.clear();
        property = seed.properties().get(0);
        buyer = seed.buyers().get(0);
    }

    @Test
    void showsASeededUnitWithItsOwner() throws Exception {
        MvcResult result = api(get("/realestate/api/v1/units/{unitNumber}", property.unitNumber()).header("Authorization", BEARER));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode unit = body(result);
        assertThat(unit.path("address").asText()).isEqualTo(property.address());
        assertThat(unit.path("certificateNo").asText()).isEqualTo(property.certificateNo());
        assertThat(unit.path("owner").path("idNumber").asText()).isEqualTo(property.owner().idNumber());
        assertThat(unit.path("divisionCode").asText()).isEqualTo("371526");
    }

    @Test
    void anUnknownOrMalformedUnitIsRefused() throws Exception {
        MvcResult unknown = api(get("/realestate/api/v1/units/{unitNumber}", "371526009009GB09999F00090909").header("Authorization", BEARER));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown).path("code").asText()).isEqualTo("UNIT_NOT_FOUND");

        MvcResult malformed = mvc.perform(get("/realestate/api/v1/units/{unitNumber}", "371526-not-a-unit").header("Authorization", BEARER)).andReturn();
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(malformed).path("code").asText()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void registeringATransferChangesTheOwnerAndPushesOneCloudEventToTheHub() throws Exception {
        MvcResult result = api(post("/realestate/api/v1/transfers").header("Authorization", BEARER).contentType(MediaType.APPLICATION_JSON)
                .content(transferRequest(property.unitNumber(), buyer, "865000.00").toString()));

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode registration = body(result);
        String applicationNo = registration.path("applicationNo").asText();
        assertThat(applicationNo).matches("^GT\\d{8}0001$");
        assertThat(registration.path("certificateNo").asText()).isNotEqualTo(property.certificateNo()).contains("不动产权第");
        JsonNode delivery = registration.path("hubDelivery");
        assertThat(delivery.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(delivery.path("exchangeId").asText()).isNotBlank();
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);

        JsonNode unit = body(api(get("/realestate/api/v1/units/{unitNumber}", property.unitNumber()).header("Authorization", BEARER)));
        assertThat(unit.path("owner").path("idNumber").asText()).isEqualTo(buyer.idNumber());
        assertThat(unit.path("certificateNo").asText()).isEqualTo(registration.path("certificateNo").asText());

        assertThat(HUB.received()).hasSize(1);
        FakeHub.Received pushed = HUB.received().get(0);
        assertThat(pushed.contentType()).isEqualTo("application/cloudevents+json");
        assertThat(pushed.authorization()).as("a client-credentials token of the realestate client")
                .isEqualTo("Bearer " + FakeHub.token("realestate"));
        JsonNode event = mapper.readTree(pushed.body());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(UUID.fromString(event.path("id").asText()).toString()).isEqualTo(delivery.path("eventId").asText());
        assertThat(event.path("source").asText()).isEqualTo("realestate");
        assertThat(event.path("type").asText()).isEqualTo(EVENT_TYPE);
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(OffsetDateTime.parse(event.path("time").asText())).isNotNull();

        JsonNode data = event.path("data");
        assertThat(EventSchemas.fromClasspath().validate(EVENT_TYPE, data)).isEmpty();
        assertThat(data.path("applicationNo").asText()).isEqualTo(applicationNo);
        assertThat(data.path("price").asText()).isEqualTo("865000.00");
        assertThat(data.path("newOwner")).isEqualTo(mapper.valueToTree(buyer));
        assertThat(data.path("previousOwner")).isEqualTo(mapper.valueToTree(property.owner()));
        assertThat(data.path("address").asText()).isEqualTo(property.address());
    }

    @Test
    void whenTheHubIsDownTheTransferStandsAndTheSameEventCanBeSentAgain() throws Exception {
        HUB.answer(FakeHub.Mode.UNAVAILABLE);

        JsonNode registration = body(register(property.unitNumber(), buyer));

        JsonNode delivery = registration.path("hubDelivery");
        assertThat(delivery.path("status").asText()).isEqualTo("FAILED");
        assertThat(delivery.path("detail").asText()).isEqualTo("hub answered HTTP 503");
        String applicationNo = registration.path("applicationNo").asText();
        assertThat(body(api(get("/realestate/api/v1/units/{unitNumber}", property.unitNumber()).header("Authorization", BEARER)))
                .path("owner").path("idNumber").asText()).isEqualTo(buyer.idNumber());

        HUB.answer(FakeHub.Mode.ACCEPT);
        JsonNode resent = body(mvc.perform(post("/_sim/realestate/transfers/{applicationNo}/push", applicationNo)).andReturn());

        assertThat(resent.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(resent.path("hubDelivery").path("attempts").asInt()).isEqualTo(2);
        assertThat(resent.path("hubDelivery").path("eventId").asText()).isEqualTo(delivery.path("eventId").asText());
        assertThat(HUB.received()).hasSize(2);
        assertThat(HUB.received().get(1).body()).isEqualTo(HUB.received().get(0).body());
        assertThat(body(api(get("/realestate/api/v1/transfers/{applicationNo}", applicationNo).header("Authorization", BEARER)))
                .path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aHubThatDropsTheConnectionIsAFailedDelivery() throws Exception {
        HUB.answer(FakeHub.Mode.RESET);

        JsonNode delivery = body(register(property.unitNumber(), buyer)).path("hubDelivery");

        assertThat(delivery.path("status").asText()).isEqualTo("FAILED");
        assertThat(delivery.path("detail").asText()).startsWith("hub unreachable: ");
    }

    @Test
    void anInvalidBuyerIsRefusedWithoutSayingTheValueAndNothingChanges() throws Exception {
        GaotangSeed.Party badCheckDigit = new GaotangSeed.Party(buyer.name(), "RESIDENT_ID",
                buyer.idNumber().substring(0, 17) + (buyer.idNumber().endsWith("0") ? "1" : "0"), buyer.phone());

        MvcResult result = api(post("/realestate/api/v1/transfers").header("Authorization", BEARER).contentType(MediaType.APPLICATION_JSON)
                .content(transferRequest(property.unitNumber(), badCheckDigit, "865000.00").toString()));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).path("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(body(result).path("message").asText()).startsWith("buyer.idNumber").doesNotContain(badCheckDigit.idNumber());
        assertNothingRegistered();
        assertThat(HUB.received()).isEmpty();
    }

    @Test
    void aTransferOfAnUnknownUnitOrToItsOwnerIsRefused() throws Exception {
        MvcResult unknown = register("371526009009GB09999F00090909", buyer);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown).path("code").asText()).isEqualTo("UNIT_NOT_FOUND");

        MvcResult toOwner = register(property.unitNumber(), property.owner());
        assertThat(toOwner.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(toOwner).path("code").asText()).isEqualTo("INVALID_REQUEST");
        assertNothingRegistered();
        assertThat(HUB.received()).isEmpty();
    }

    @Test
    void recordsTheUtilitiesOutcomeOncePerCommandId() throws Exception {
        String applicationNo = body(register(property.unitNumber(), buyer)).path("applicationNo").asText();
        ObjectNode report = outcomeReport("ex-1:realestate", applicationNo, property.unitNumber());

        MvcResult first = reportOutcome(applicationNo, report);
        MvcResult repeat = reportOutcome(applicationNo, report);

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(first).path("status").asText()).isEqualTo("RECORDED");
        assertThat(body(repeat)).isEqualTo(body(first));
        JsonNode transfer = body(api(get("/realestate/api/v1/transfers/{applicationNo}", applicationNo).header("Authorization", BEARER)));
        assertThat(transfer.path("utilityOutcome").path("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(transfer.path("utilityOutcome").path("utilities")).isEqualTo(report.path("utilities"));
        JsonNode sim = simTransfers().get(0);
        assertThat(sim.path("outcomeReports").asInt()).isEqualTo(1);
        assertThat(sim.path("applicationNo").asText()).isEqualTo(applicationNo);
        assertThat(sim.path("event").path("data").path("applicationNo").asText()).isEqualTo(applicationNo);
    }

    @Test
    void aReportUnderANewCommandIdReplacesTheEarlierOne() throws Exception {
        String applicationNo = body(register(property.unitNumber(), buyer)).path("applicationNo").asText();
        reportOutcome(applicationNo, outcomeReport("ex-1:realestate", applicationNo, property.unitNumber()));
        ObjectNode later = outcomeReport("ex-2:realestate", applicationNo, property.unitNumber()).put("outcome", "COMPLETED");

        assertThat(reportOutcome(applicationNo, later).getResponse().getStatus()).isEqualTo(200);

        JsonNode sim = simTransfers().get(0);
        assertThat(sim.path("outcomeReports").asInt()).isEqualTo(2);
        assertThat(sim.path("utilityOutcome").path("commandId").asText()).isEqualTo("ex-2:realestate");
        assertThat(sim.path("utilityOutcome").path("outcome").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void refusesAReportForAnUnknownApplicationAnotherUnitOrAnUnknownStatus() throws Exception {
        MvcResult unknown = reportOutcome("GT209901010001", outcomeReport("ex-1:realestate", "GT209901010001", property.unitNumber()));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown).path("code").asText()).isEqualTo("APPLICATION_NOT_FOUND");

        String applicationNo = body(register(property.unitNumber(), buyer)).path("applicationNo").asText();
        String otherUnit = seed.properties().get(1).unitNumber();
        MvcResult mismatch = reportOutcome(applicationNo, outcomeReport("ex-1:realestate", applicationNo, otherUnit));
        assertThat(mismatch.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(mismatch).path("code").asText()).isEqualTo("UNIT_MISMATCH");

        ObjectNode badStatus = outcomeReport("ex-1:realestate", applicationNo, property.unitNumber());
        ((ObjectNode) badStatus.withArray("utilities").get(0)).put("status", "DONE");
        MvcResult invalid = mvc.perform(post("/realestate/api/v1/transfers/{applicationNo}/utility-outcome", applicationNo).header("Authorization", BEARER)
                .contentType(MediaType.APPLICATION_JSON).content(badStatus.toString())).andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(invalid).path("code").asText()).isEqualTo("INVALID_REQUEST");

        assertThat(simTransfers().get(0).path("outcomeReports").asInt()).isZero();
    }

    @Test
    void resetRestoresTheSeededOwnersAndForgetsTransfers() throws Exception {
        register(property.unitNumber(), buyer);

        mvc.perform(post("/_sim/reset"));

        assertNothingRegistered();
    }

    @Test
    void refusesCallersWithoutTheRegistrysToken() throws Exception {
        String applicationNo = body(register(property.unitNumber(), buyer)).path("applicationNo").asText();
        String report = outcomeReport("ex-auth:realestate", applicationNo, property.unitNumber()).toString();

        MvcResult wrong = mvc.perform(post("/realestate/api/v1/transfers/{applicationNo}/utility-outcome", applicationNo)
                .header("Authorization", "Bearer not-" + API_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(report)).andReturn();
        CONTRACT.assertConforms(wrong);
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(wrong).path("code").asText()).isEqualTo("UNAUTHORIZED");

        MvcResult none = mvc.perform(get("/realestate/api/v1/units/{unitNumber}", property.unitNumber())).andReturn();
        assertThat(none.getResponse().getStatus()).isEqualTo(401);
        assertThat(none.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");

        assertThat(simTransfers().get(0).path("outcomeReports").asInt()).isZero();
    }

    private void assertNothingRegistered() throws Exception {
        JsonNode unit = body(api(get("/realestate/api/v1/units/{unitNumber}", property.unitNumber()).header("Authorization", BEARER)));
        assertThat(unit.path("owner").path("idNumber").asText()).isEqualTo(property.owner().idNumber());
        assertThat(unit.path("certificateNo").asText()).isEqualTo(property.certificateNo());
        assertThat(simTransfers()).isEmpty();
    }

    private MvcResult register(String unitNumber, GaotangSeed.Party party) throws Exception {
        return api(post("/realestate/api/v1/transfers").header("Authorization", BEARER).contentType(MediaType.APPLICATION_JSON)
                .content(transferRequest(unitNumber, party, "865000.00").toString()));
    }

    private MvcResult reportOutcome(String applicationNo, ObjectNode report) throws Exception {
        return api(post("/realestate/api/v1/transfers/{applicationNo}/utility-outcome", applicationNo).header("Authorization", BEARER)
                .contentType(MediaType.APPLICATION_JSON).content(report.toString()));
    }

    private MvcResult api(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        CONTRACT.assertConforms(result);
        return result;
    }

    private JsonNode simTransfers() throws Exception {
        return body(mvc.perform(get("/_sim/realestate/transfers")).andReturn());
    }

    private JsonNode body(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private ObjectNode transferRequest(String unitNumber, GaotangSeed.Party party, String price) {
        ObjectNode request = mapper.createObjectNode().put("unitNumber", unitNumber).put("price", price);
        request.set("buyer", mapper.valueToTree(party));
        return request;
    }

    private ObjectNode outcomeReport(String commandId, String applicationNo, String unitNumber) throws Exception {
        return (ObjectNode) mapper.readTree("""
                {"commandId":"%s","applicationNo":"%s","unitNumber":"%s","outcome":"PARTIAL",
                 "utilities":[{"agency":"water","status":"APPLIED"},
                              {"agency":"power","status":"REJECTED","reasonCode":"ARREARS","reason":"unpaid charges"},
                              {"agency":"gas","status":"NOT_APPLICABLE","reasonCode":"NO_ACCOUNT"},
                              {"agency":"heat","status":"FAILED","reasonCode":"AGENCY_UNAVAILABLE"}]}"""
                .formatted(commandId, applicationNo, unitNumber));
    }
}
