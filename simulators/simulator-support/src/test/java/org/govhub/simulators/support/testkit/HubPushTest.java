package org.govhub.simulators.support.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The base of a simulator's push tests: an operator's action on the simulator (through MockMvc)
 * and the event its system pushed to a {@link FakeHub} as {@code agency}, checked against the
 * hub's schema. A subclass starts its own hub, registers it
 * ({@code @DynamicPropertySource ... HUB.register(registry, agency)}) and stops it.
 */
@AutoConfigureMockMvc
public abstract class HubPushTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper mapper;

    private final String agency;

    protected HubPushTest(String agency) {
        this.agency = agency;
    }

    /** The subclass's fake hub. */
    protected abstract FakeHub hub();

    @BeforeEach
    void resetHubAndSimulator() throws Exception {
        hub().clear();
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    /** Posts the action; its JSON answer. */
    protected JsonNode action(String path, String body, ResultMatcher expected, Object... vars) throws Exception {
        var request = post(path, vars);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mapper.readTree(mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    /** The data of the {@code i}th event the hub received, checked to be the agency's and valid against its schema. */
    protected JsonNode pushedData(int i, String type) throws Exception {
        FakeHub.Received r = hub().received().get(i);
        assertThat(r.client()).isEqualTo(agency);
        JsonNode event = mapper.readTree(r.body());
        assertThat(event.path("source").asText()).isEqualTo(agency);
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(EventSchemas.fromClasspath().validate(type, event.path("data"))).isEmpty();
        return event.path("data");
    }
}
