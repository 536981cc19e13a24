package org.govhub.simulators.realestate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** M7 at the registry: court-ordered transfers registered after the taxes are paid, and cancelled after a withdrawal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "govhub.simulators.realestate.api-token=" + JudicialTransferSimulatorTest.TOKEN,
        "govhub.simulators.hub.url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class JudicialTransferSimulatorTest {

    static final String TOKEN = "test-registry-token";
    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/realestate.v1.yaml", "/realestate");

    @Autowired
    MockMvc mvc;
    @Autowired
    GaotangJudicialSeed seed;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void registersOnceAndCancelsBackToThePreviousOwner() throws Exception {
        GaotangJudicialSeed.Case c = seed.cases().get(0);
        CONTRACT.assertConforms(mvc.perform(register("cmd-1", c.caseNumber(), c.unitNumber()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REGISTERED")).andReturn());
        mvc.perform(register("cmd-1", c.caseNumber(), c.unitNumber())).andExpect(jsonPath("$.registrationNo").value("SF2026000001"));
        CONTRACT.assertConforms(mvc.perform(cancel("cmd-2", c.caseNumber(), c.unitNumber()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED")).andReturn());
        mvc.perform(get("/_sim/realestate/judicial-transfers")).andExpect(jsonPath("$[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$[0].previousOwner.idNumber").value(c.transferor().idNumber()));
    }

    @Test
    void refusesAnUnknownUnitAnotherCasesUnitAndACancellationOfNothing() throws Exception {
        GaotangJudicialSeed.Case c = seed.cases().get(1);
        CONTRACT.assertConforms(mvc.perform(register("cmd-3", c.caseNumber(), "371526009009GB09999F00090999"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNIT_NOT_FOUND")).andReturn());
        mvc.perform(register("cmd-4", c.caseNumber(), c.unitNumber())).andExpect(status().isCreated());
        CONTRACT.assertConforms(mvc.perform(register("cmd-5", seed.cases().get(2).caseNumber(), c.unitNumber()))
                .andExpect(status().isConflict()).andReturn());
        CONTRACT.assertConforms(mvc.perform(cancel("cmd-6", seed.cases().get(2).caseNumber(), seed.cases().get(2).unitNumber()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("REGISTRATION_NOT_FOUND")).andReturn());
    }

    @Test
    void aMalformedCaseNumberIsRefusedNamingTheField() throws Exception {
        mvc.perform(register("cmd-7", "(2026)鲁1526执301号", seed.cases().get(0).unitNumber()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("caseNumber: ")));
    }

    private MockHttpServletRequestBuilder register(String commandId, String caseNumber, String unit) {
        GaotangJudicialSeed.Case c = seed.cases().get(0);
        return post("/realestate/api/v1/judicial-transfers").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"commandId":"%s","caseNumber":"%s","unitNumber":"%s","taxPaymentCertificateNo":"WS371526202600001",
                         "paidOn":"2026-11-24","transferee":{"name":"%s","idType":"%s","idNumber":"%s"}}"""
                        .formatted(commandId, caseNumber, unit, c.transferee().name(), c.transferee().idType(),
                                c.transferee().idNumber()));
    }

    private MockHttpServletRequestBuilder cancel(String commandId, String caseNumber, String unit) {
        return post("/realestate/api/v1/judicial-transfers/cancellations").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"commandId":"%s","caseNumber":"%s","unitNumber":"%s","withdrawnOn":"2026-11-25","reason":"SETTLED"}"""
                        .formatted(commandId, caseNumber, unit));
    }
}
