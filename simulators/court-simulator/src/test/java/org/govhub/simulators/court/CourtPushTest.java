package org.govhub.simulators.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.contracts.schema.EventSchemas;
import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.testkit.FakeHub;
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
import org.springframework.test.web.servlet.ResultMatcher;

/** The court's system pushing M7's order and withdrawal to a fake hub, built from the case it holds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.court.username=govhub", "govhub.simulators.court.password=pw"})
@AutoConfigureMockMvc
class CourtPushTest {

    private static final FakeHub HUB = FakeHub.start();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangJudicialSeed seed;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "court");
    }

    @AfterAll
    static void stop() {
        HUB.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        HUB.clear();
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void anOrderIsPushedAsTheCourtsEventBuiltFromTheCaseAndValidAgainstTheHubsSchema() throws Exception {
        GaotangJudicialSeed.Case c = seed.cases().get(0);

        JsonNode order = action("/_sim/court/cases/{n}/disposal-order", null, status().isOk(), c.caseNumber());

        assertThat(order.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(order.path("hubDelivery").path("id").asText()).isNotBlank();
        FakeHub.Received pushed = HUB.received().get(0);
        assertThat(pushed.client()).isEqualTo("court");
        assertThat(pushed.contentType()).isEqualTo("application/cloudevents+json");
        JsonNode event = mapper.readTree(pushed.body());
        assertThat(event.path("source").asText()).isEqualTo("court");
        assertThat(event.path("id").asText()).isEqualTo(order.path("eventId").asText());
        JsonNode data = event.path("data");
        assertThat(EventSchemas.fromClasspath().validate(CourtDisposalOrders.ORDERED, data)).isEmpty();
        assertThat(data.path("caseNumber").asText()).isEqualTo(c.caseNumber());
        assertThat(data.path("disposalPrice").asText()).isEqualTo(c.disposalPrice());
        assertThat(data.path("transferee").path("idNumber").asText()).isEqualTo(c.transferee().idNumber());
    }

    @Test
    void aWithdrawalNeedsAnOrderAndAReasonOfTheListAndIsValidAgainstTheHubsSchema() throws Exception {
        GaotangJudicialSeed.Case c = seed.cases().get(1);
        assertThat(action("/_sim/court/cases/{n}/withdrawal", "{\"reason\":\"SETTLED\"}", status().isConflict(),
                c.caseNumber()).path("error").asText()).isEqualTo("caseNumber: the court made no disposal order on this case");
        action("/_sim/court/cases/{n}/disposal-order", null, status().isOk(), c.caseNumber());
        assertThat(action("/_sim/court/cases/{n}/withdrawal", "{\"reason\":\"CHANGED_MIND\"}", status().isBadRequest(),
                c.caseNumber()).path("error").asText()).startsWith("reason: must be one of ORDER_REVOKED");

        JsonNode withdrawal = action("/_sim/court/cases/{n}/withdrawal", "{\"reason\":\"SETTLED\"}", status().isOk(),
                c.caseNumber());

        assertThat(withdrawal.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode data = mapper.readTree(HUB.received().get(1).body()).path("data");
        assertThat(EventSchemas.fromClasspath().validate(CourtDisposalOrders.WITHDRAWN, data)).isEmpty();
        assertThat(data.path("reason").asText()).isEqualTo("SETTLED");
        assertThat(data.path("unitNumber").asText()).isEqualTo(c.unitNumber());
        assertThat(action("/_sim/court/cases/{n}/disposal-order", null, status().isConflict(), c.caseNumber())
                .path("error").asText()).isEqualTo("caseNumber: the order of this case was withdrawn");
    }

    @Test
    void anUnknownCaseIsRefusedAndNothingIsPushed() throws Exception {
        action("/_sim/court/cases/{n}/disposal-order", null, status().isNotFound(), "（2026）鲁1526执999号");
        assertThat(HUB.received()).isEmpty();
    }

    @Test
    void whenTheHubIsDownTheOrderStandsAndTheSameEventIsPushedAgainLater() throws Exception {
        HUB.answer(FakeHub.Mode.UNAVAILABLE);
        GaotangJudicialSeed.Case c = seed.cases().get(2);

        JsonNode order = action("/_sim/court/cases/{n}/disposal-order", null, status().isOk(), c.caseNumber());

        assertThat(order.path("hubDelivery").path("status").asText()).isEqualTo("FAILED");
        assertThat(order.path("hubDelivery").path("detail").asText()).isEqualTo("hub answered HTTP 503");
        assertThat(order.path("hubDelivery").path("attempts").asInt()).as("retried with backoff").isEqualTo(3);
        HUB.answer(FakeHub.Mode.ACCEPT);
        JsonNode again = action("/_sim/hub/events/{id}/push", null, status().isOk(), order.path("eventId").asText());
        assertThat(again.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(again.path("pushes").asInt()).isEqualTo(2);
        assertThat(HUB.received()).hasSize(4);
        assertThat(HUB.received().get(3).body()).isEqualTo(HUB.received().get(0).body());
        JsonNode journal = mapper.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/_sim/hub/pushes").param("agency", "court")).andReturn().getResponse().getContentAsString());
        assertThat(journal).hasSize(2);
        assertThat(journal.get(0).path("status").asText()).isEqualTo("FAILED");
        assertThat(journal.get(1).path("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aRefusalByTheHubIsKeptWithItsProblemDocument() throws Exception {
        HUB.answer(FakeHub.Mode.REFUSE);

        JsonNode order = action("/_sim/court/cases/{n}/disposal-order", null, status().isOk(),
                seed.cases().get(3).caseNumber());

        assertThat(order.path("hubDelivery").path("status").asText()).isEqualTo("REJECTED");
        assertThat(order.path("hubDelivery").path("httpStatus").asInt()).isEqualTo(400);
        assertThat(order.path("hubDelivery").path("problem").path("detail").asText())
                .isEqualTo("data.caseNumber: does not match the pattern");
        assertThat(HUB.received()).as("a refusal is not retried").hasSize(1);
    }

    private JsonNode action(String path, String body, ResultMatcher expected, Object... vars) throws Exception {
        var request = post(path, vars);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mapper.readTree(mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString());
    }
}
