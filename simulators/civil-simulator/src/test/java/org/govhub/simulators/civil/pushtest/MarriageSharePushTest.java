package org.govhub.simulators.civil.pushtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.contracts.schema.EventSchemas;
import org.govhub.simulators.support.GaotangNewHousingSeed;
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

/** M8: the civil bureau's system shares what it prepared for the hub's request as its own event, to a fake hub. */
@SpringBootTest(classes = MarriageSharePushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.civil.api-token=t")
@AutoConfigureMockMvc
class MarriageSharePushTest {

    private static final FakeHub HUB = FakeHub.start();
    private static final String TYPE = "gov.civil.marriage-status-shared.v1";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangNewHousingSeed seed;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "civil");
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
    void thePreparedShareIsPushedAsTheBureausEventValidAgainstTheHubsSchemaAndOnceOnly() throws Exception {
        JsonNode filing = seed.all().path("filings").path(1);
        JsonNode buyer = filing.path("buyer");
        mvc.perform(post("/civil/api/marriage/share-requests").header("Authorization", "Bearer t").contentType(MediaType.APPLICATION_JSON)
                .content(object().put("request_id", "r-1").put("application_no", "XF-PUSH-0001")
                        .put("name", buyer.path("name").asText()).put("id_number", buyer.path("idNumber").asText()).toString())).andExpect(status().is2xxSuccessful());

        JsonNode first = json(mvc.perform(post("/_sim/civil/shares/{no}/push", "XF-PUSH-0001")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode second = json(mvc.perform(post("/_sim/civil/shares/{no}/push", "XF-PUSH-0001")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(first.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        FakeHub.Received pushed = HUB.received().get(0);
        assertThat(pushed.client()).isEqualTo("civil");
        JsonNode event = json(pushed.body());
        assertThat(event.path("source").asText()).isEqualTo("civil");
        assertThat(event.path("type").asText()).isEqualTo(TYPE);
        assertThat(EventSchemas.fromClasspath().validate(TYPE, event.path("data"))).isEmpty();
        assertThat(event.path("data").path("applicationNo").asText()).isEqualTo("XF-PUSH-0001");
        assertThat(second.path("eventId").asText()).isEqualTo(first.path("eventId").asText());
        assertThat(HUB.received().get(1).body()).isEqualTo(pushed.body());
    }

    @Test
    void nothingPreparedIsNothingToShare() throws Exception {
        mvc.perform(post("/_sim/civil/shares/{no}/push", "XF-NONE-0001")).andExpect(status().isNotFound());
        assertThat(HUB.received()).isEmpty();
    }

    private JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }

    private ObjectNode object() {
        return mapper.createObjectNode();
    }
}
