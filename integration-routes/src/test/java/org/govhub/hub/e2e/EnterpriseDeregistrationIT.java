package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * M5 end to end: the approval bureau deregisters an enterprise (licence and permits together)
 * and pushes the event; the hub tells tax, public security, hrss, the bank and market
 * supervision over the broker; each ends what it holds, refuses with its reason, or holds
 * nothing; the approval bureau gets every result. Each test uses its own seeded enterprise
 * ({@code registered[i]} of seed/gaotang-enterprises-m4m5.json) or registers one through M4.
 */
class EnterpriseDeregistrationIT extends EnterpriseEndToEndSupport {

    static final List<String> AGENCIES = List.of("tax", "publicsecurity", "hrss", "bank", "market");

    @Test
    void everyAgencyHoldingItsRegistrationsEndsThemAndTheApprovalBureauIsTold() {
        String uscc = registered(0).path("uscc").asText();
        JsonNode deregistration = deregister(uscc, "SIMPLIFIED");
        assertThat(deregistration.path("permitsCancelled").asInt()).isEqualTo(1);

        JsonNode exchange = awaitSettled(accepted(deregistration), 6);

        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        for (String agency : AGENCIES) {
            assertThat(obligation(exchange, agency).path("status").asText()).as(agency).isEqualTo("APPLIED");
        }
        JsonNode cases = simState("/_sim/approval/cases");
        JsonNode reported = null;
        for (JsonNode c : cases) {
            if (deregistration.path("deregistrationNo").asText().equals(c.path("case").path("deregistrationNo").asText())) {
                reported = c.path("case");
            }
        }
        assertThat(reported).isNotNull();
        assertThat(reported.path("outcome").path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(reported.path("outcome").path("steps")).hasSize(5);
        assertThat(stateOf("/_sim/bank/accounts", uscc).path("status").asText()).isEqualTo("CLOSED");
        assertThat(stateOf("/_sim/tax/taxpayers", "nsrsbh", uscc).path("status").asText()).isEqualTo("DEREGISTERED");
        assertThat(stateOf("/_sim/hrss/units", "unitCode", uscc).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(stateOf("/_sim/market/directory", "entCode", uscc).path("status").asText()).isEqualTo("DEREGISTERED");
    }

    @Test
    void eachAgencyReceivesExactlyTheFieldsItsDeclarationAllows() {
        JsonNode enterprise = registered(1);
        String uscc = enterprise.path("uscc").asText();
        JsonNode exchange = awaitSettled(accepted(deregister(uscc, "GENERAL")), 6);

        assertThat(paths(only(bodiesAbout("tax", uscc)))).containsExactlyInAnyOrder("lsh", "nsrsbh", "nsrmc", "zxlx",
                "zxyy", "zxrq");
        assertThat(paths(only(bodiesAbout("publicsecurity", uscc)))).containsExactlyInAnyOrder("requestId",
                "creditCode", "unitName", "cancelDate");
        assertThat(paths(only(bodiesAbout("hrss", uscc)))).containsExactlyInAnyOrder("serial_no", "unit_code",
                "unit_name", "cancel_date", "cancel_reason");
        assertThat(paths(only(bodiesAbout("bank", uscc)))).containsExactlyInAnyOrder("requestNo", "uscc",
                "companyName", "deregisteredDate");
        JsonNode market = only(bodiesAbout("market", uscc));
        assertThat(paths(market)).containsExactlyInAnyOrder("bizId", "entCode", "entName", "cancelType", "cancelDate",
                "licences");
        assertThat(market.path("licences").get(0).path("licenceNo").asText())
                .isEqualTo(enterprise.path("permits").get(0).path("permitNo").asText());
        assertThat(paths(only(bodiesAbout("approval", uscc)))).containsExactlyInAnyOrder("commandId", "uscc",
                "outcome", "steps");

        // The legal representative is in the event but goes to no one.
        String idNumber = enterprise.path("legalRepresentative").path("idNumber").asText();
        for (String agency : List.of("tax", "publicsecurity", "hrss", "bank", "market", "approval")) {
            bodiesAbout(agency, uscc).forEach(r -> assertThat(r.toString()).as(agency)
                    .doesNotContain(idNumber).doesNotContain(enterprise.path("legalRepresentative").path("name").asText()));
        }
        assertThat(fields(obligation(exchange, "tax"))).containsExactlyInAnyOrder("uscc", "name", "procedure",
                "reason", "deregisteredDate");
        assertThat(fields(obligation(exchange, "market"))).containsExactlyInAnyOrder("uscc", "name", "procedure",
                "deregisteredDate", "permits");
    }

    @Test
    void progressAndResultsAreSharedAsEachAgencyAnswers() {
        fault("market", "latencyMs=2500");
        try {
            String exchangeId = accepted(deregister(registered(2).path("uscc").asText(), "SIMPLIFIED"));

            await().atMost(COMPLETION).pollInterval(Duration.ofMillis(100)).until(() -> {
                JsonNode x = hubAs("approval").get().uri("/api/v1/exchanges/{id}", exchangeId)
                        .retrieve().body(JsonNode.class);
                return x.path("obligations").size() >= 5
                        && List.of("tax", "publicsecurity", "hrss", "bank").stream()
                                .allMatch(a -> "APPLIED".equals(obligation(x, a).path("status").asText()))
                        && "PENDING".equals(obligation(x, "market").path("status").asText());
            });
            JsonNode done = awaitSettled(exchangeId, 6);
            assertThat(obligation(done, "market").path("status").asText()).isEqualTo("APPLIED");
        } finally {
            clearFault("market");
        }
    }

    @ParameterizedTest(name = "{1} refuses: {2}")
    @CsvSource({"3, tax, TAX_NOT_CLEARED", "4, publicsecurity, SEALS_SEIZED", "5, hrss, CONTRIBUTIONS_OWED",
            "6, bank, BALANCE_NOT_ZERO", "7, market, UNDER_INVESTIGATION"})
    void aRefusingAgencyIsReportedWithItsReasonAndTheOthersStillApply(int i, String agency, String reasonCode) {
        JsonNode exchange = awaitSettled(accepted(deregister(registered(i).path("uscc").asText(), "GENERAL")), 6);

        assertThat(obligation(exchange, agency).path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(exchange, agency).path("reasonCode").asText()).isEqualTo(reasonCode);
        for (String other : AGENCIES) {
            if (!other.equals(agency)) {
                assertThat(obligation(exchange, other).path("status").asText()).as(other).isEqualTo("APPLIED");
            }
        }
        assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(obligation(exchange, "approval").path("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void agenciesHoldingNothingAnswerNotApplicable() {
        JsonNode exchange = awaitSettled(accepted(deregister(registered(8).path("uscc").asText(), "SIMPLIFIED")), 6);

        for (String agency : AGENCIES) {
            assertThat(obligation(exchange, agency).path("status").asText()).as(agency).isEqualTo("NOT_APPLICABLE");
        }
        assertThat(obligation(exchange, "bank").path("reasonCode").asText()).isEqualTo("NO_ACCOUNT");
        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
    }

    @ParameterizedTest(name = "{1} down")
    @CsvSource({"9, tax", "10, publicsecurity", "11, hrss", "12, bank", "13, market"})
    void anAgencyThatStaysDownFailsAfterItsRetries(int i, String agency) {
        fault(agency, "outageSeconds=600");
        try {
            JsonNode exchange = awaitSettled(accepted(deregister(registered(i).path("uscc").asText(), "GENERAL")), 6);

            assertThat(obligation(exchange, agency).path("status").asText()).isEqualTo("FAILED");
            assertThat(obligation(exchange, agency).path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            for (String other : AGENCIES) {
                if (!other.equals(agency)) {
                    assertThat(obligation(exchange, other).path("status").asText()).as(other).isEqualTo("APPLIED");
                }
            }
            assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        } finally {
            clearFault(agency);
        }
    }

    @Test
    void anEnterpriseStartedThroughM4IsWoundUpWhereM4RegisteredIt() {
        String uscc = application(15).path("uscc").asText();
        JsonNode started = awaitSettled(accepted(register(15, ALL_SERVICES, true)), 5);
        String account = obligation(started, "bank").path("agencyReference").asText();

        JsonNode exchange = awaitSettled(accepted(deregister(uscc, "SIMPLIFIED")), 6);

        for (String agency : List.of("tax", "publicsecurity", "hrss", "bank")) {
            assertThat(obligation(exchange, agency).path("status").asText()).as(agency).isEqualTo("APPLIED");
        }
        assertThat(obligation(exchange, "bank").path("agencyReference").asText())
                .as("the account M4 opened is the one closed").isEqualTo(account);
        assertThat(obligation(exchange, "market").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void theSameDeregistrationPushedTwiceIsCarriedOutOnce() {
        String uscc = registered(14).path("uscc").asText();
        JsonNode deregistration = deregister(uscc, "SIMPLIFIED");
        String exchangeId = accepted(deregistration);
        awaitSettled(exchangeId, 6);

        JsonNode again = json(sims().post().uri("/_sim/approval/cases/{no}/push",
                deregistration.path("deregistrationNo").asText()).retrieve().body(String.class));
        assertThat(again.path("case").path("hubDelivery").path("exchangeId").asText()).isEqualTo(exchangeId);

        assertThat(awaitSettled(exchangeId, 6).path("obligations")).hasSize(6);
        for (String agency : AGENCIES) {
            assertThat(receivedAbout(agency, uscc)).as(agency).hasSize(1);
        }
    }

    private JsonNode stateOf(String path, String uscc) {
        return stateOf(path, "uscc", uscc);
    }

    /** The record of {@code path}'s list whose {@code key} is {@code uscc}. */
    private JsonNode stateOf(String path, String key, String uscc) {
        for (JsonNode r : simState(path)) {
            if (uscc.equals(r.path(key).asText())) {
                return r;
            }
        }
        throw new AssertionError("no record of the enterprise at " + path);
    }
}
