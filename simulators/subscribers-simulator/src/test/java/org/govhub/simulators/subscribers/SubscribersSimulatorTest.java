package org.govhub.simulators.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.subscribers.api-token=" + SubscribersSimulatorTest.TOKEN)
@AutoConfigureMockMvc
class SubscribersSimulatorTest {

    static final String TOKEN = "test-token";
    static final String USCC = "91371526MA3LUNCX48";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/credit-subscriber.v1.yaml",
            "/subscribers");

    @Autowired
    MockMvc mvc;
    @Autowired
    SubscriberSystems systems;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    MockHttpServletRequestBuilder notice(String agency, String commandId, String uscc, int version) {
        return notice(TOKEN, agency, commandId, uscc, version);
    }

    MockHttpServletRequestBuilder notice(String token, String agency, String commandId, String uscc, int version) {
        return post("/subscribers/" + agency + "/credit-notices").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"commandId":"%s","uscc":"%s","enterpriseName":"某公司","version":%d,"action":"CHANGE",
                         "creditClass":"D","effectiveDate":"2026-11-25"}""".formatted(commandId, uscc, version));
    }

    @Test
    void eachSubscriberKeepsItsNewestVersionAndRefusesOlderOnes() throws Exception {
        CONTRACT.assertConforms(mvc.perform(notice("tax", "c-1", USCC, 3)).andExpect(status().isOk())
                .andExpect(jsonPath("$.receiptNo").value("XY-tax-000001")).andReturn());
        CONTRACT.assertConforms(mvc.perform(notice("finance", "c-2", USCC, 2)).andExpect(status().isOk()).andReturn());
        CONTRACT.assertConforms(mvc.perform(notice("tax", "c-3", USCC, 2)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.heldVersion").value(3)).andReturn());
        mvc.perform(notice("tax", "c-1", USCC, 3)).andExpect(status().isOk());
        assertThat(systems.held().get("tax").get(USCC).version()).isEqualTo(3);
        assertThat(systems.held().get("finance").get(USCC).version()).isEqualTo(2);
    }

    @Test
    void anInvalidNoticeNamesTheFieldAndAWrongTokenIsRefused() throws Exception {
        CONTRACT.assertConforms(mvc.perform(notice("tax", "c-9", "91371526MA3LUNCX49", 2))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("uscc")).andReturn());
        CONTRACT.assertConforms(mvc.perform(notice("x", "tax", "c-8", USCC, 2))
                .andExpect(status().isUnauthorized()).andReturn());
    }
}
