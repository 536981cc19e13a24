package org.govhub.simulators.credit;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "govhub.simulators.credit.api-token=" + CreditSimulatorTest.TOKEN)
@AutoConfigureMockMvc
class CreditSimulatorTest {

    static final String TOKEN = "test-credit-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/credit.v1.yaml", "/credit");

    @Autowired
    MockMvc mvc;
    @Autowired
    GaotangEnterprises enterprises;
    @Autowired
    CreditPlatform platform;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    MockHttpServletRequestBuilder record(String key, String uscc, int version, String action, String severity) {
        return record(TOKEN, key, uscc, version, action, severity);
    }

    MockHttpServletRequestBuilder record(String token, String key, String uscc, int version, String action,
                                         String severity) {
        return post("/credit/api/records").header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"recordId":"MAR-XY-2026-0001","version":%d,"action":"%s","authority":"market",
                         "category":"ADMINISTRATIVE_PENALTY","severity":"%s","uscc":"%s","enterpriseName":"某公司",
                         "decidedOn":"2026-11-18","documentNo":"高市监罚〔2026〕12号"}""".formatted(version, action, severity, uscc));
    }

    @Test
    void aSeriousRecordMakesTheClassDACorrectionAndARepairRestoreIt() throws Exception {
        var e = enterprises.all().get(1);
        String base = e.credit().creditClass();
        CONTRACT.assertConforms(mvc.perform(record("k-1", e.uscc(), 1, "SUBMIT", "SERIOUS")).andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluation.creditClass").value("D"))
                .andExpect(jsonPath("$.evaluation.version").value(2)).andReturn());
        CONTRACT.assertConforms(mvc.perform(record("k-2", e.uscc(), 2, "CORRECT", "GENERAL"))
                .andExpect(jsonPath("$.evaluation.creditClass").value("C")).andReturn());
        CONTRACT.assertConforms(mvc.perform(record("k-3", e.uscc(), 2, "RETRACT", "GENERAL"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("STALE_VERSION")).andReturn());
        var repaired = platform.repair(e.uscc()).orElseThrow();
        assertThat(repaired.creditClass()).isEqualTo(base);
        assertThat(repaired.version()).isEqualTo(4);
    }

    @Test
    void unknownRecordsAndEnterprisesAreRefusedAndRepeatsAnsweredOnce() throws Exception {
        var e = enterprises.all().get(1);
        CONTRACT.assertConforms(mvc.perform(record("k-4", e.uscc(), 2, "CORRECT", "MINOR"))
                .andExpect(status().isNotFound()).andReturn());
        String unknown = enterprises.all().get(12).uscc();
        CONTRACT.assertConforms(mvc.perform(record("k-5", unknown, 1, "SUBMIT", "MINOR"))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        mvc.perform(record("k-6", e.uscc(), 1, "SUBMIT", "MINOR")).andExpect(status().isOk());
        mvc.perform(record("k-6", e.uscc(), 1, "SUBMIT", "MINOR")).andExpect(status().isOk());
        assertThat(platform.records(e.uscc())).hasSize(1);
    }

    @Test
    void anInvalidRecordNamesTheFieldAndAWrongTokenIsRefused() throws Exception {
        CONTRACT.assertConforms(mvc.perform(record("k-7", "91371526MA3TCULH0D", 1, "SUBMIT", "MINOR"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("uscc")).andReturn());
        CONTRACT.assertConforms(mvc.perform(record("nope", "k-8", enterprises.all().get(1).uscc(), 1, "SUBMIT", "MINOR"))
                .andExpect(status().isUnauthorized()).andReturn());
    }
}
