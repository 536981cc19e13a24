package org.govhub.simulators.support.testkit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a simulator's contract test shares: MockMvc on the simulator, its state reset before
 * every test, and its own read-back endpoints ({@code /_sim/...}). Annotate the subclass with
 * {@code @SpringBootTest(webEnvironment = MOCK, properties = "<the agency's credentials>")} and
 * check each exchange with an {@link OpenApiContract}.
 */
@AutoConfigureMockMvc
public abstract class SimulatorTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper mapper;

    @BeforeEach
    void resetTheSimulator() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    /** What the simulator's read-back endpoint answers, with the query parameters given as name, value, ... */
    protected JsonNode readBack(String path, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder get = get(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                get = get.param(nameValues[i], nameValues[i + 1]);
            }
        }
        return mapper.readTree(mvc.perform(get).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
