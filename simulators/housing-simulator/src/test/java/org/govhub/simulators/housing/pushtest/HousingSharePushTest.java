package org.govhub.simulators.housing.pushtest;

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

/** M8: the housing bureau's system shares what it prepared for the hub's request as its own event, to a fake hub. */
@SpringBootTest(classes = HousingSharePushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.housing.api-key=k")
@AutoConfigureMockMvc
class HousingSharePushTest {

    private static final FakeHub HUB = FakeHub.start();
    private static final String TYPE = "gov.housing.sale-contract-filing-shared.v1";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    GaotangNewHousingSeed seed;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "housing");
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
        mvc.perform(post("/housing/api/v1/filing-share-requests").header("X-Housing-Key", "k").contentType(MediaType.APPLICATION_JSON)
                .content(object().put("requestId", "r-1").put("applicationNo", "XF-PUSH-0001")
                        .put("unitNumber", filing.path("unitNumber").asText()).set("buyer", buyer.deepCopy()).toString())).andExpect(status().is2xxSuccessful());

        JsonNode first = json(mvc.perform(post("/_sim/housing/shares/{no}/push", "XF-PUSH-0001")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode second = json(mvc.perform(post("/_sim/housing/shares/{no}/push", "XF-PUSH-0001")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(first.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        FakeHub.Received pushed = HUB.received().get(0);
        assertThat(pushed.client()).isEqualTo("housing");
        JsonNode event = json(pushed.body());
        assertThat(event.path("source").asText()).isEqualTo("housing");
        assertThat(event.path("type").asText()).isEqualTo(TYPE);
        assertThat(EventSchemas.fromClasspath().validate(TYPE, event.path("data"))).isEmpty();
        assertThat(event.path("data").path("applicationNo").asText()).isEqualTo("XF-PUSH-0001");
        assertThat(second.path("eventId").asText()).isEqualTo(first.path("eventId").asText());
        assertThat(HUB.received().get(1).body()).isEqualTo(pushed.body());
    }

    @Test
    void nothingPreparedIsNothingToShare() throws Exception {
        mvc.perform(post("/_sim/housing/shares/{no}/push", "XF-NONE-0001")).andExpect(status().isNotFound());
        assertThat(HUB.received()).isEmpty();
    }

    private JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }

    private ObjectNode object() {
        return mapper.createObjectNode();
    }
}
