package org.govhub.simulators.credit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The platform's evaluation look-up (M9), against credit.v1.yaml. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.credit.api-token=" + CreditEvaluationQueryTest.TOKEN)
@AutoConfigureMockMvc
class CreditEvaluationQueryTest {

    static final String TOKEN = "test-credit-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/credit.v1.yaml", "/credit");

    @Autowired
    MockMvc mvc;
    @Autowired
    GaotangEnterprises enterprises;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void theEvaluationInForceFollowsEachNewVersion() throws Exception {
        var e = enterprises.all().get(1);
        CONTRACT.assertConforms(mvc.perform(get("/credit/api/evaluations/" + e.uscc())
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.creditClass").value(e.credit().creditClass()))
                .andExpect(jsonPath("$.version").value(e.credit().version())).andReturn());

        mvc.perform(post("/credit/api/records").header("Authorization", "Bearer " + TOKEN).header("Idempotency-Key", "q-1")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"recordId":"MAR-XY-2026-0901","version":1,"action":"SUBMIT","authority":"market",
                         "category":"ADMINISTRATIVE_PENALTY","severity":"SERIOUS","uscc":"%s","enterpriseName":"某公司",
                         "decidedOn":"2026-11-18","documentNo":"高市监罚〔2026〕91号"}""".formatted(e.uscc())))
                .andExpect(status().isOk());
        CONTRACT.assertConforms(mvc.perform(get("/credit/api/evaluations/" + e.uscc())
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.creditClass").value("D"))
                .andExpect(jsonPath("$.version").value(e.credit().version() + 1)).andReturn());
    }

    @Test
    void anEnterpriseWithoutAnEvaluationIsA404AndABadTokenA401() throws Exception {
        String unknown = enterprises.all().stream().filter(x -> x.credit() == null).findFirst().orElseThrow().uscc();
        CONTRACT.assertConforms(mvc.perform(get("/credit/api/evaluations/" + unknown)
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("UNKNOWN_ENTERPRISE")).andReturn());
        CONTRACT.assertConforms(mvc.perform(get("/credit/api/evaluations/" + unknown)
                        .header("Authorization", "Bearer nope"))
                .andExpect(status().isUnauthorized()).andReturn());
    }
}
