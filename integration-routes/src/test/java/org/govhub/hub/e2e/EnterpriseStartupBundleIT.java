package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/**
 * M4 end to end: the approval bureau's registration system registers an enterprise (recording
 * its bank authorisation as a consent at the hub when it gave one) and pushes the event; the hub
 * sends each chosen step to tax, public security, hrss and the bank over the broker; each
 * answers in its own API; the registration system gets every step's outcome and the account.
 * Each test uses its own seeded application ({@code applications[i]} of
 * seed/gaotang-enterprises-m4m5.json).
 */
class EnterpriseStartupBundleIT extends EnterpriseEndToEndSupport {

    static final List<String> STEPS = List.of("tax", "publicsecurity", "hrss", "bank");

    @Test
    void everyStepIsDoneAndTheBankAccountGoesBackToTheRegistrationSystem() {
        JsonNode registration = register(0, ALL_SERVICES, true);
        assertThat(registration.path("consentId").asText()).as("authorisation recorded at the hub").isNotBlank();
        String exchangeId = accepted(registration);

        JsonNode exchange = awaitSettled(exchangeId, 5);

        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        for (String step : STEPS) {
            assertThat(obligation(exchange, step).path("status").asText()).as(step).isEqualTo("APPLIED");
            assertThat(obligation(exchange, step).path("agencyReference").asText()).as(step).isNotBlank();
        }
        String account = obligation(exchange, "bank").path("agencyReference").asText();
        assertThat(account).matches("^\\d{10,25}$");
        assertThat(obligation(exchange, "approval").path("status").asText()).isEqualTo("APPLIED");

        JsonNode back = approvalCase("/registrations/" + registration.path("registrationNo").asText());
        assertThat(back.path("bankAccountNo").asText()).as("the bank's account is back at the registration system")
                .isEqualTo(account);
        assertThat(back.path("startupOutcome").path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(back.path("outcomeReports").asInt()).isEqualTo(1);
        String uscc = application(0).path("uscc").asText();
        assertThat(simState("/_sim/bank/accounts").findValues("uscc").stream().filter(u -> u.asText().equals(uscc)))
                .hasSize(1);
    }

    @Test
    void eachAgencyReceivesExactlyTheFieldsItsDeclarationAllows() {
        JsonNode app = application(1);
        String uscc = app.path("uscc").asText();
        String exchangeId = accepted(register(1, ALL_SERVICES, true));
        JsonNode exchange = awaitSettled(exchangeId, 5);

        assertThat(paths(only(bodiesAbout("tax", uscc)))).containsExactlyInAnyOrder("lsh", "nsrsbh", "nsrmc",
                "djzclx", "scjydz", "xzqhdm", "jyfw", "zczb", "kyrq", "fddbrxm", "fddbrsfzjzl", "fddbrsfzjhm",
                "fddbrlxdh", "sqfp");
        assertThat(paths(only(bodiesAbout("publicsecurity", uscc)))).containsExactlyInAnyOrder("requestId",
                "unit.creditCode", "unit.name", "unit.address", "legalPerson.name", "legalPerson.certType",
                "legalPerson.certNo", "sealTypes");
        assertThat(paths(only(bodiesAbout("hrss", uscc)))).containsExactlyInAnyOrder("serial_no", "unit_code",
                "unit_name", "address", "area_code", "found_date", "staff_count", "legal_name", "legal_id_type",
                "legal_id_no", "contact_phone");
        assertThat(paths(only(bodiesAbout("bank", uscc)))).containsExactlyInAnyOrder("requestNo", "uscc",
                "companyName", "companyType", "registeredAddress", "registeredCapital", "legalRep.name",
                "legalRep.idType", "legalRep.idNo", "legalRep.mobile", "bankCode", "branchName");
        assertThat(paths(only(bodiesAbout("approval", uscc)))).containsExactlyInAnyOrder("commandId", "uscc",
                "outcome", "bankAccountNo", "steps");

        // What the hub let out, per recipient: exactly the declaration's allow-list.
        assertThat(fields(obligation(exchange, "publicsecurity"))).containsExactlyInAnyOrder("uscc", "name", "address",
                "legalRepresentative.name", "legalRepresentative.idType", "legalRepresentative.idNumber", "seals");
        assertThat(fields(obligation(exchange, "bank"))).containsExactlyInAnyOrder("uscc", "name", "enterpriseType",
                "address", "registeredCapital", "legalRepresentative.name", "legalRepresentative.idType",
                "legalRepresentative.idNumber", "legalRepresentative.phone", "bank.bankCode", "bank.branchName");
        // Nothing beyond them: the business scope goes to tax only, the phone never to public security.
        String scope = app.path("businessScope").asText();
        String phone = app.path("legalRepresentative").path("phone").asText();
        for (String step : List.of("publicsecurity", "hrss", "bank")) {
            receivedAbout(step, uscc).forEach(r -> assertThat(r.path("body").asText()).as(step).doesNotContain(scope));
        }
        receivedAbout("publicsecurity", uscc).forEach(r -> assertThat(r.path("body").asText()).doesNotContain(phone));
        bodiesAbout("approval", uscc).forEach(report -> assertThat(report.toString())
                .as("the report to the registration system").doesNotContain(app.path("legalRepresentative").path("idNumber").asText()));
    }

    @Test
    void theExchangeShowsEachStepAsItCompletesWhileAnotherIsStillPending() {
        // Public security answers slowly (within the hub's read timeout): the others finish first.
        fault("publicsecurity", "latencyMs=2500");
        try {
            String exchangeId = accepted(register(2, ALL_SERVICES, true));

            await().atMost(COMPLETION).pollInterval(Duration.ofMillis(100)).until(() -> {
                JsonNode x = hubAs("approval").get().uri("/api/v1/exchanges/{id}", exchangeId)
                        .retrieve().body(JsonNode.class);
                return x.path("obligations").size() >= 4
                        && "APPLIED".equals(obligation(x, "tax").path("status").asText())
                        && "APPLIED".equals(obligation(x, "hrss").path("status").asText())
                        && "APPLIED".equals(obligation(x, "bank").path("status").asText())
                        && "PENDING".equals(obligation(x, "publicsecurity").path("status").asText());
            });
            JsonNode midway = exchange(exchangeId);
            assertThat(midway.path("status").asText()).isNotEqualTo("COMPLETED");

            JsonNode done = awaitSettled(exchangeId, 5);
            assertThat(obligation(done, "publicsecurity").path("status").asText()).isEqualTo("APPLIED");
            assertThat(done.path("outcome").asText()).isEqualTo("COMPLETED");
        } finally {
            clearFault("publicsecurity");
        }
    }

    @ParameterizedTest(name = "{1} refuses: {2}")
    @CsvSource({"3, tax, REPRESENTATIVE_BLACKLISTED", "4, publicsecurity, SEAL_NAME_TAKEN",
            "5, hrss, IDENTITY_NOT_VERIFIED", "6, bank, KYC_REFUSED"})
    void aRefusingAgencyIsReportedWithItsReasonAndTheOthersStillApply(int app, String agency, String reasonCode) {
        JsonNode registration = register(app, ALL_SERVICES, true);
        JsonNode exchange = awaitSettled(accepted(registration), 5);

        assertThat(obligation(exchange, agency).path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(exchange, agency).path("reasonCode").asText()).isEqualTo(reasonCode);
        for (String other : STEPS) {
            if (!other.equals(agency)) {
                assertThat(obligation(exchange, other).path("status").asText()).as(other).isEqualTo("APPLIED");
            }
        }
        assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        JsonNode back = approvalCase("/registrations/" + registration.path("registrationNo").asText());
        assertThat(back.path("startupOutcome").path("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(step(back.path("startupOutcome"), agency).path("reasonCode").asText()).isEqualTo(reasonCode);
        assertThat(back.has("bankAccountNo")).as("an account only when the bank opened one").isEqualTo(!"bank".equals(agency));
    }

    @ParameterizedTest(name = "{1} down")
    @CsvSource({"9, tax", "10, publicsecurity", "11, hrss", "12, bank"})
    void anAgencyThatStaysDownFailsAfterItsRetriesAndTheRegistrationSystemIsTold(int app, String agency) {
        fault(agency, "outageSeconds=600");
        try {
            JsonNode registration = register(app, ALL_SERVICES, true);
            JsonNode exchange = awaitSettled(accepted(registration), 5);

            JsonNode failed = obligation(exchange, agency);
            assertThat(failed.path("status").asText()).isEqualTo("FAILED");
            assertThat(failed.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            for (String other : STEPS) {
                if (!other.equals(agency)) {
                    assertThat(obligation(exchange, other).path("status").asText()).as(other).isEqualTo("APPLIED");
                }
            }
            JsonNode back = approvalCase("/registrations/" + registration.path("registrationNo").asText());
            assertThat(step(back.path("startupOutcome"), agency).path("status").asText()).isEqualTo("FAILED");
        } finally {
            clearFault(agency);
        }
    }

    @Test
    void withoutTheEnterprisesAuthorisationTheBankReceivesNothing() {
        String uscc = application(7).path("uscc").asText();
        JsonNode registration = register(7, ALL_SERVICES, false);
        String exchangeId = accepted(registration);
        JsonNode exchange = awaitSettled(exchangeId, 5);

        JsonNode bank = obligation(exchange, "bank");
        assertThat(bank.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(bank.path("reasonCode").asText()).isEqualTo("NO_CONSENT");
        assertThat(receivedAbout("bank", uscc)).as("the bank's journal").isEmpty();
        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(approvalCase("/registrations/" + registration.path("registrationNo").asText()).has("bankAccountNo"))
                .isFalse();
        List<String> sharedWith = new ArrayList<>();
        auditOf(exchangeId).forEach(r -> {
            if ("DATA_SHARED".equals(r.path("kind").asText())) {
                sharedWith.add(r.path("agency").asText());
            }
        });
        assertThat(sharedWith).doesNotContain("bank").contains("tax", "publicsecurity", "hrss");
    }

    @Test
    void aRevokedAuthorisationStopsTheBankStepAndBothAreInTheAuditLog() {
        String uscc = application(8).path("uscc").asText();
        JsonNode consent = hubAs("approval").post().uri("/api/v1/consents").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("purpose", "enterprise-bank-account", "subject", uscc, "recipient", "bank",
                        "evidence", "YCT-SQ-TEST-8"))
                .retrieve().body(JsonNode.class);
        String consentId = consent.path("id").asText();
        hubAs("approval").post().uri("/api/v1/consents/{id}/revocation", consentId).retrieve().toBodilessEntity();

        JsonNode exchange = awaitSettled(accepted(register(8, ALL_SERVICES, false)), 5);

        assertThat(obligation(exchange, "bank").path("reasonCode").asText()).isEqualTo("NO_CONSENT");
        assertThat(receivedAbout("bank", uscc)).isEmpty();
        JsonNode records = hub().get().uri("/api/v1/audit/consents/{id}", consentId).retrieve().body(JsonNode.class);
        List<String> details = new ArrayList<>();
        records.forEach(r -> {
            assertThat(r.path("kind").asText()).isEqualTo("CONSENT");
            assertThat(r.toString()).as("no identifier in the audit log").doesNotContain(uscc);
            details.add(r.path("detail").asText());
        });
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).startsWith("recorded;").contains("purpose=enterprise-bank-account", "by=approval");
        assertThat(details.get(1)).startsWith("revoked;");
        assertThat(hub().get().uri("/api/v1/audit/verify").retrieve().body(JsonNode.class).path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void theConsentRegistryRefusesBadSubjectsOtherAgenciesAndUnknownPurposes() {
        String uscc = application(16).path("uscc").asText();
        String badCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        Response invalid = consent("approval", "enterprise-bank-account", badCheck);
        assertThat(invalid.status().value()).isEqualTo(400);
        assertThat(json(invalid.body()).path("problems").toString()).contains("subject").contains("GB 32100-2015");
        assertThat(invalid.body()).as("the problem does not echo the code").doesNotContain(badCheck);

        Response wrongAgency = consent("tax", "enterprise-bank-account", uscc);
        assertThat(wrongAgency.status().value()).isEqualTo(403);
        assertThat(wrongAgency.body()).contains("approval");

        Response unknownPurpose = consent("approval", "marketing", uscc);
        assertThat(unknownPurpose.status().value()).isEqualTo(400);
        assertThat(json(unknownPurpose.body()).path("problems").toString()).contains("purpose");
    }

    @Test
    void stepsTheApplicantDidNotAskForAreNotSent() {
        String uscc = application(14).path("uscc").asText();
        JsonNode exchange = awaitSettled(accepted(register(14, List.of("TAX_REGISTRATION"), true)), 5);

        assertThat(obligation(exchange, "tax").path("status").asText()).isEqualTo("APPLIED");
        for (String step : List.of("publicsecurity", "hrss", "bank")) {
            assertThat(obligation(exchange, step).path("status").asText()).as(step).isEqualTo("NOT_APPLICABLE");
            assertThat(obligation(exchange, step).path("reasonCode").asText()).as(step).isEqualTo("NOT_REQUESTED");
            assertThat(receivedAbout(step, uscc)).as(step).isEmpty();
        }
        assertThat(bodiesAbout("tax", uscc).get(0).path("sqfp").asText()).as("no invoices asked for").isEqualTo("N");
    }

    @Test
    void theSameRegistrationPushedTwiceIsCarriedOutOnce() {
        String uscc = application(13).path("uscc").asText();
        JsonNode registration = register(13, ALL_SERVICES, true);
        String exchangeId = accepted(registration);
        awaitSettled(exchangeId, 5);

        JsonNode again = json(sims().post().uri("/_sim/approval/cases/{no}/push",
                registration.path("registrationNo").asText()).retrieve().body(String.class));
        assertThat(again.path("case").path("hubDelivery").path("exchangeId").asText()).isEqualTo(exchangeId);

        JsonNode exchange = awaitSettled(exchangeId, 5);
        assertThat(exchange.path("obligations")).hasSize(5);
        for (String step : STEPS) {
            assertThat(receivedAbout(step, uscc)).as(step).hasSize(1);
        }
        assertThat(approvalCase("/registrations/" + registration.path("registrationNo").asText())
                .path("outcomeReports").asInt()).isEqualTo(1);
    }

    @Test
    void anInvalidRegistrationEventIsRefusedWithEveryFieldAndRuleNamed() {
        JsonNode app = application(17);
        ObjectNode event = mapper.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "approval").put("type", "gov.approval.enterprise-registered.v1")
                .put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        String uscc = app.path("uscc").asText();
        String idNumber = app.path("legalRepresentative").path("idNumber").asText();
        data.put("registrationNo", "YCT202611250999")
                .put("uscc", uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0'))
                .put("name", app.path("name").asText()).put("enterpriseType", "STATE_OWNED")
                .put("address", app.path("address").asText()).put("divisionCode", "991526")
                .put("establishedDate", "2026-02-30").put("staffCount", 1_000_000);
        data.putObject("legalRepresentative").put("name", "张伟").put("idType", "RESIDENT_ID")
                .put("idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0'));
        data.putArray("services").add("TAX_REGISTRATION").add("BANK_ACCOUNT");

        Response response = postEventAs("approval", event.toString());

        assertThat(response.status().value()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        json(response.body()).path("violations").forEach(v -> pointers.add(v.path("pointer").asText()));
        assertThat(pointers).contains("/data/uscc", "/data/enterpriseType", "/data/divisionCode",
                "/data/establishedDate", "/data/staffCount", "/data/legalRepresentative/idNumber");
        assertThat(response.body()).contains("bank").as("a bank account asked for without a branch");
        assertThat(response.body()).doesNotContain(idNumber.substring(0, 17));
        assertThat(postEventAs("tax", event.toString()).status().value()).as("only approval emits it").isEqualTo(403);
    }

    private Response consent(String client, String purpose, String subject) {
        return hubAs(client).post().uri("/api/v1/consents").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("purpose", purpose, "subject", subject, "recipient", "bank", "evidence", "YCT-SQ-X"))
                .exchange((req, res) -> new Response(res.getStatusCode(), String.valueOf(res.getHeaders().getContentType()),
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private JsonNode auditOf(String exchangeId) {
        return hub().get().uri("/api/v1/audit/exchanges/{id}", exchangeId).retrieve().body(JsonNode.class);
    }
}
