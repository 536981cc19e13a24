package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * M7 end to end, a saga with a wait state: the court's order goes to tax, which levies; the
 * saga waits for tax's payment confirmation and only then tells real estate to register; the
 * court hears how each step ended; a withdrawn order is compensated. Each test uses its own
 * case of seed/gaotang-judicial.json.
 */
class JudicialTransferTaxIT extends EndToEndSupport {

    static final Duration SAGA = Duration.ofSeconds(60);

    @Autowired
    CamelContext camel;

    @Test
    void registrationProceedsOnlyOnceTheTaxesArePaid() {
        JsonNode c = judicialCase(0);
        String unit = c.path("unitNumber").asText();
        String ordered = accepted(postEventAs("court", order(c).toString()));

        // Tax levies; the saga waits for the payment and real estate has been sent nothing.
        awaitSagaState(ordered, "AWAITING_PAYMENT");
        JsonNode levyExchange = awaitSettled(ordered, 2);
        assertThat(obligation(levyExchange, "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(levyExchange, "tax").path("agencyReference").asText()).startsWith("QS371526");
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 1);
        assertThat(feedbackOf(c).get(0).path("outcome").asText()).isEqualTo("LEVIED_AWAITING_PAYMENT");
        assertThat(receivedAbout("realestate", unit)).as("nothing goes to real estate before the payment").isEmpty();
        JsonNode levy = levyOf(c);
        assertThat(levy.path("deedTax").asText()).isEqualTo("15000.00");
        assertThat(levy.path("stampDuty").asText()).isEqualTo("250.00");

        String paid = accepted(postEventAs("tax", payment(pay(c)).toString()));

        JsonNode registration = awaitSettled(paid, 2);
        assertThat(obligation(registration, "realestate").path("status").asText()).isEqualTo("APPLIED");
        awaitSagaState(paid, "REGISTERED");
        JsonNode registered = registrationOf(unit);
        assertThat(registered.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(registered.path("caseNumber").asText()).isEqualTo(c.path("caseNumber").asText());
        assertThat(registered.path("transferee").path("idNumber").asText())
                .isEqualTo(c.path("transferee").path("idNumber").asText());
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 2);
        assertThat(feedbackOf(c).get(1).path("outcome").asText()).isEqualTo("REGISTERED");
        assertThat(feedbackOf(c).get(1).path("stage").asText()).isEqualTo("REGISTRATION");

        // Progress is visible in one place: the saga's steps from the order to the registration.
        JsonNode saga = saga(paid);
        assertThat(saga.path("correlationKey").asText()).isEqualTo(c.path("caseNumber").asText());
        assertThat(saga.path("startedBy").asText()).isEqualTo(ordered);
        assertThat(saga.path("steps")).hasSize(2);
        assertThat(saga.path("steps").get(1).path("fromState").asText()).isIn("AWAITING_PAYMENT", "LEVY_REQUESTED");
        assertThat(saga.path("steps").get(1).path("toState").asText()).isEqualTo("REGISTRATION_REQUESTED");
    }

    @Test
    void eachRecipientReceivesExactlyTheFieldsItsDeclarationAllows() {
        JsonNode c = judicialCase(1);
        String unit = c.path("unitNumber").asText();
        String ordered = accepted(postEventAs("court", order(c).toString()));
        awaitSagaState(ordered, "AWAITING_PAYMENT");
        String paid = accepted(postEventAs("tax", payment(pay(c)).toString()));
        awaitSagaState(paid, "REGISTERED");
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 2);

        JsonNode levyRequest = json(singleRequest("tax", unit).path("body").asText());
        assertThat(keys(levyRequest)).containsExactlyInAnyOrder("request_id", "case_number", "unit_number", "address",
                "ruling_date", "taxable_amount", "transferee.name", "transferee.id_type", "transferee.id_number",
                "transferor_name");
        assertThat(levyRequest.toString()).as("tax never gets the transferor's ID number")
                .doesNotContain(c.path("transferor").path("idNumber").asText());

        JsonNode registrationRequest = json(singleRequest("realestate", unit).path("body").asText());
        assertThat(keys(registrationRequest)).containsExactlyInAnyOrder("commandId", "caseNumber", "unitNumber",
                "taxPaymentCertificateNo", "paidOn", "transferee.name", "transferee.idType", "transferee.idNumber");
        assertThat(registrationRequest.toString()).as("real estate never gets the amounts or the levy number")
                .doesNotContain(levyOf(c).path("totalDue").asText()).doesNotContain(levyOf(c).path("levyNo").asText());

        List<JsonNode> court = receivedAbout("court", unit);
        assertThat(court).hasSize(2);
        for (JsonNode r : court) {
            JsonNode feedback = json(r.path("body").asText());
            assertThat(keys(feedback)).as("no personal data goes back to the court").allMatch(k ->
                    Set.of("feedbackId", "caseNumber", "unitNumber", "stage", "outcome").contains(k) || k.startsWith("steps"));
            assertThat(feedback.toString()).doesNotContain(c.path("transferee").path("idNumber").asText());
        }
        assertThat(fields(obligation(exchange(ordered), "tax"))).containsExactlyInAnyOrder("caseNumber", "unitNumber",
                "address", "rulingDate", "disposalPrice", "transferee.name", "transferee.idType", "transferee.idNumber",
                "transferor.name");
        assertThat(fields(obligation(exchange(paid), "realestate"))).containsExactlyInAnyOrder("caseNumber",
                "unitNumber", "taxPaymentCertificateNo", "paidOn", "taxpayer.name", "taxpayer.idType", "taxpayer.idNumber");
    }

    @Test
    void aWithdrawalBeforeThePaymentCancelsTheLevyAndNothingIsRegistered() {
        JsonNode c = judicialCase(2);
        String unit = c.path("unitNumber").asText();
        String ordered = accepted(postEventAs("court", order(c).toString()));
        awaitSagaState(ordered, "AWAITING_PAYMENT");

        String withdrawn = accepted(postEventAs("court", withdrawal(c, "SETTLED").toString()));

        JsonNode compensation = awaitSettled(withdrawn, 3);
        assertThat(obligation(compensation, "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(compensation, "tax").path("agencyReference").asText()).endsWith(":CANCELLED");
        JsonNode realestate = obligation(compensation, "realestate");
        assertThat(realestate.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(realestate.path("reasonCode").asText()).isEqualTo("NOTHING_TO_UNDO");
        awaitSagaState(withdrawn, "WITHDRAWN");
        assertThat(levyOf(c).path("status").asText()).isEqualTo("CANCELLED");
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 2);
        assertThat(feedbackOf(c).get(1).path("outcome").asText()).isEqualTo("WITHDRAWN");

        // A payment confirmed after the withdrawal is refused: real estate still gets nothing.
        ObjectNode latePayment = payment(levyPaidOffline(c));
        String late = accepted(postEventAs("tax", latePayment.toString()));
        JsonNode refused = awaitSettled(late, 2);
        assertThat(obligation(refused, "realestate").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(refused, "realestate").path("reasonCode").asText()).isEqualTo("ORDER_WITHDRAWN");
        assertThat(obligation(refused, "court").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(receivedAbout("realestate", unit)).isEmpty();
        assertThat(registrationsOf(unit)).isEmpty();
    }

    @Test
    void aWithdrawalAfterTheRegistrationRefundsTheTaxesAndCancelsTheRegistration() {
        JsonNode c = judicialCase(4);
        String unit = c.path("unitNumber").asText();
        String ordered = accepted(postEventAs("court", order(c).toString()));
        awaitSagaState(ordered, "AWAITING_PAYMENT");
        String paid = accepted(postEventAs("tax", payment(pay(c)).toString()));
        awaitSagaState(paid, "REGISTERED");

        String withdrawn = accepted(postEventAs("court", withdrawal(c, "ORDER_REVOKED").toString()));

        JsonNode compensation = awaitSettled(withdrawn, 3);
        assertThat(obligation(compensation, "tax").path("agencyReference").asText()).endsWith(":REFUNDED");
        assertThat(obligation(compensation, "realestate").path("status").asText()).isEqualTo("APPLIED");
        awaitSagaState(withdrawn, "WITHDRAWN");
        assertThat(levyOf(c).path("status").asText()).isEqualTo("REFUNDED");
        assertThat(levyOf(c).path("refundAmount").asText()).isEqualTo(levyOf(c).path("totalDue").asText());
        assertThat(registrationOf(unit).path("status").asText()).isEqualTo("CANCELLED");

        // The same withdrawal again (another event) is refused: there is nothing left to undo.
        String again = accepted(postEventAs("court", withdrawal(c, "ORDER_REVOKED").toString()));
        JsonNode refused = awaitSettled(again, 3);
        assertThat(obligation(refused, "tax").path("reasonCode").asText()).isEqualTo("ALREADY_WITHDRAWN");
        assertThat(obligation(refused, "realestate").path("reasonCode").asText()).isEqualTo("ALREADY_WITHDRAWN");
    }

    @Test
    void taxRefusingTheTransfereeEndsTheSagaAndTheCourtIsTold() {
        // Case 3's transferee has a cancelled tax registration.
        JsonNode c = judicialCase(3);
        String ordered = accepted(postEventAs("court", order(c).toString()));

        JsonNode levy = awaitSettled(ordered, 2);
        JsonNode tax = obligation(levy, "tax");
        assertThat(tax.path("status").asText()).isEqualTo("REJECTED");
        assertThat(tax.path("reasonCode").asText()).isEqualTo("TAXPAYER_INVALID");
        assertThat(levy.path("outcome").asText()).isEqualTo("PARTIAL");
        awaitSagaState(ordered, "LEVY_REFUSED");
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 1);
        JsonNode feedback = feedbackOf(c).get(0);
        assertThat(feedback.path("outcome").asText()).isEqualTo("LEVY_REFUSED");
        assertThat(feedback.path("steps").get(0).path("reasonCode").asText()).isEqualTo("TAXPAYER_INVALID");
    }

    @Test
    void taxDownFailsTheLevyAfterItsRetriesIntoADeadLetterAndTheCourtIsTold() {
        JsonNode c = judicialCase(5);
        sims().post().uri("/_sim/tax/faults?outageSeconds=120").retrieve().toBodilessEntity();
        String ordered;
        try {
            ordered = accepted(postEventAs("court", order(c).toString()));
            await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(
                    obligation(exchange(ordered), "tax").path("status").asText()));
        } finally {
            sims().delete().uri("/_sim/tax/faults").retrieve().toBodilessEntity();
        }
        JsonNode tax = obligation(exchange(ordered), "tax");
        assertThat(tax.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
        assertThat(receivedAbout("tax", c.path("unitNumber").asText())).as("retried at tax").hasSizeGreaterThan(1);
        awaitSagaState(ordered, "LEVY_FAILED");
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 1);
        assertThat(feedbackOf(c).get(0).path("outcome").asText()).isEqualTo("LEVY_FAILED");
        JsonNode letters = json(hub().get().uri("/api/v1/dead-letters").retrieve().body(String.class));
        boolean found = false;
        for (JsonNode l : letters.path("deadLetters")) {
            found |= ordered.equals(l.path("exchangeId").asText())
                    && "DLQ.agency.tax.deed-tax-levy.v1".equals(l.path("deadLetterQueue").asText());
        }
        assertThat(found).as("the levy command waits in its dead-letter queue").isTrue();
    }

    @Test
    void realEstateDownForAWhileRegistersAfterRetries() {
        JsonNode c = judicialCase(6);
        String ordered = accepted(postEventAs("court", order(c).toString()));
        awaitSagaState(ordered, "AWAITING_PAYMENT");
        ObjectNode payment = payment(pay(c));
        sims().post().uri("/_sim/realestate/faults?outageSeconds=4").retrieve().toBodilessEntity();
        try {
            String paid = accepted(postEventAs("tax", payment.toString()));
            JsonNode registration = awaitSettled(paid, 2);
            assertThat(obligation(registration, "realestate").path("status").asText()).isEqualTo("APPLIED");
            assertThat(obligation(registration, "realestate").path("attempts").asInt()).isGreaterThan(1);
            awaitSagaState(paid, "REGISTERED");
        } finally {
            sims().delete().uri("/_sim/realestate/faults").retrieve().toBodilessEntity();
        }
    }

    @Test
    void realEstateRefusingTheRegistrationIsReportedToTheCourt() {
        JsonNode c = judicialCase(7);
        // The court orders a unit the registry does not hold: real estate refuses with UNIT_NOT_FOUND.
        ObjectNode order = order(c);
        String foreignUnit = "371526009009GB09999F00090999";
        ((ObjectNode) order.path("data")).put("unitNumber", foreignUnit);
        String ordered = accepted(postEventAs("court", order.toString()));
        awaitSagaState(ordered, "AWAITING_PAYMENT");
        ObjectNode payment = payment(pay(c));
        String paid = accepted(postEventAs("tax", payment.toString()));

        JsonNode registration = awaitSettled(paid, 2);
        assertThat(obligation(registration, "realestate").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(registration, "realestate").path("reasonCode").asText()).isEqualTo("UNIT_NOT_FOUND");
        awaitSagaState(paid, "REGISTRATION_REFUSED");
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 2);
        assertThat(feedbackOf(c).get(1).path("outcome").asText()).isEqualTo("REGISTRATION_REFUSED");
    }

    @Test
    void aPaymentOrWithdrawalForAnUnknownOrderIsRefusedAndNothingIsSent() {
        JsonNode c = judicialCase(8);
        String unit = c.path("unitNumber").asText();
        ObjectNode payment = json("""
                {"caseNumber":"%s","unitNumber":"%s","levyNo":"QS371526202699999","taxPaymentCertificateNo":"WS371526202699999",
                 "deedTax":"1.00","stampDuty":"1.00","paidOn":"2026-11-25",
                 "taxpayer":{"name":"%s","idType":"%s","idNumber":"%s"}}""".formatted(c.path("caseNumber").asText(), unit,
                c.path("transferee").path("name").asText(), c.path("transferee").path("idType").asText(),
                c.path("transferee").path("idNumber").asText())).deepCopy();
        String paid = accepted(postEventAs("tax", cloudEvent("tax", "gov.tax.deed-tax-paid.v1", payment).toString()));
        String withdrawn = accepted(postEventAs("court", withdrawal(c, "SETTLED").toString()));

        JsonNode refusedPayment = awaitSettled(paid, 2);
        assertThat(obligation(refusedPayment, "realestate").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(refusedPayment, "realestate").path("reasonCode").asText()).isEqualTo("UNKNOWN_ORDER");
        assertThat(obligation(refusedPayment, "realestate").path("reason").asText())
                .isEqualTo("no court order with this case number is known to the hub");
        JsonNode refusedWithdrawal = awaitSettled(withdrawn, 3);
        assertThat(obligation(refusedWithdrawal, "tax").path("reasonCode").asText()).isEqualTo("UNKNOWN_ORDER");
        assertThat(obligation(refusedWithdrawal, "realestate").path("reasonCode").asText()).isEqualTo("UNKNOWN_ORDER");
        assertThat(receivedAbout("realestate", unit)).isEmpty();
        assertThat(receivedAbout("tax", unit)).isEmpty();
        // Tax, which sent the payment, sees why it was refused.
        JsonNode asTax = json(hubAs("tax").get().uri("/api/v1/exchanges/{id}", paid).retrieve().body(String.class));
        assertThat(obligation(asTax, "realestate").path("reasonCode").asText()).isEqualTo("UNKNOWN_ORDER");
    }

    @Test
    void aCaseNumberOfTheWrongShapeIsRefusedAtTheDoorNamingTheFieldAndTheRule() {
        JsonNode c = judicialCase(9);
        ObjectNode order = order(c);
        String bad = "(2026)鲁1526执310号";
        ((ObjectNode) order.path("data")).put("caseNumber", bad);
        ((ObjectNode) order.path("data")).put("rulingDate", "2026-13-01");

        Response response = postEventAs("court", order.toString());

        assertThat(response.status().value()).isEqualTo(400);
        JsonNode problem = json(response.body());
        List<String> rules = new ArrayList<>();
        problem.path("violations").forEach(v -> rules.add(v.path("pointer").asText() + " " + v.path("rule").asText()));
        assertThat(rules).contains("/data/caseNumber enforcement-case-number", "/data/rulingDate format");
        assertThat(response.body()).doesNotContain(bad);

        // Only the court may order: the same event from tax is forbidden.
        assertThat(postEventAs("tax", order(c).put("source", "tax").toString()).status().value()).isEqualTo(403);
    }

    @Test
    void theCourtsAndTheTaxBureausOwnSystemsDriveTheSagaFromTheOrderToTheRegistrationAndBack() {
        // Case 9 is otherwise only ever sent malformed (refused at the door): nothing of it is held.
        JsonNode c = judicialCase(9);
        String unit = c.path("unitNumber").asText();
        String caseNumber = c.path("caseNumber").asText();

        // The enforcement judge orders the disposal in the court's system, which pushes the order.
        JsonNode order = simAction("/_sim/court/cases/{caseNumber}/disposal-order", null, caseNumber);
        assertThat(order.path("type").asText()).isEqualTo("gov.court.disposal-ordered.v1");
        String ordered = pushedExchange(order);
        awaitSagaState(ordered, "AWAITING_PAYMENT");
        assertThat(obligation(awaitSettled(ordered, 2), "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(fields(obligation(exchange(ordered), "tax"))).contains("caseNumber", "disposalPrice",
                "transferee.idNumber");
        assertThat(levyOf(c).path("deedTax").asText()).as("tax levied the deed tax").isNotBlank();

        // The transferee pays at tax's counter; tax's system reports the payment from the paid levy.
        JsonNode payment = simAction("/_sim/tax/levies/{levyNo}/payment-report", null, levyOf(c).path("levyNo").asText());
        assertThat(payment.path("type").asText()).isEqualTo("gov.tax.deed-tax-paid.v1");
        String paid = pushedExchange(payment);
        awaitSagaState(paid, "REGISTERED");
        assertThat(registrationOf(unit).path("status").asText()).isEqualTo("REGISTERED");
        assertThat(registrationOf(unit).path("taxPaymentCertificateNo").asText())
                .isEqualTo(levyOf(c).path("certificateNo").asText());
        await().atMost(SAGA).until(() -> feedbackOf(c).size() == 2);
        assertThat(feedbackOf(c).get(1).path("outcome").asText()).isEqualTo("REGISTERED");

        // The ruling is revoked: the court's system pushes the withdrawal; the saga compensates.
        JsonNode withdrawal = simAction("/_sim/court/cases/{caseNumber}/withdrawal", "{\"reason\":\"ORDER_REVOKED\"}",
                caseNumber);
        String withdrawn = pushedExchange(withdrawal);
        awaitSettled(withdrawn, 3);
        awaitSagaState(withdrawn, "WITHDRAWN");
        assertThat(levyOf(c).path("status").asText()).isEqualTo("REFUNDED");
        assertThat(registrationOf(unit).path("status").asText()).isEqualTo("CANCELLED");

        // What each agency's system pushed, and the hub's answers, are in the push journal.
        assertThat(pushesOf("court")).filteredOn(p -> p.path("eventId").asText().equals(order.path("eventId").asText())
                        || p.path("eventId").asText().equals(withdrawal.path("eventId").asText()))
                .extracting(p -> p.path("status").asText()).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(pushesOf("tax")).filteredOn(p -> p.path("eventId").asText().equals(payment.path("eventId").asText()))
                .singleElement().satisfies(p -> assertThat(p.path("id").asText()).isEqualTo(paid));
    }

    @Test
    void aWithdrawalArrivingWhileTaxIsSlowlyLevyingWaitsForTheLevyAndCancelsIt() throws InterruptedException {
        // A case of its own: case 0's transferee, another case number and unit.
        ObjectNode c = variant(judicialCase(0), "（2026）鲁1526执391号", "371526009009GB09999F00090981");
        // Slow, but within the connector's 3 s read timeout: the levy is answered, late.
        sims().post().uri("/_sim/tax/faults?latencyMs=2500").retrieve().toBodilessEntity();
        String ordered;
        try {
            ordered = accepted(postEventAs("court", order(c).toString()));
            // The levy is on its way to tax (slowed) when the court withdraws its order: the
            // connector holds it, and a moment later its call is in tax's slow hands. (Setup, not an
            // assertion: whichever way the moment falls, the assertions below hold after the fix.)
            await().atMost(SAGA).pollInterval(Duration.ofMillis(10))
                    .until(() -> camel.getInflightRepository().size("tax-sink-deed-tax-levy") > 0);
            Thread.sleep(800);
        } finally {
            // Tax answers the cancellation at once: before the fix it found no levy and the levy came after.
            sims().delete().uri("/_sim/tax/faults").retrieve().toBodilessEntity();
        }
        String withdrawn = accepted(postEventAs("court", withdrawal(c, "SETTLED").toString()));

        JsonNode compensation = awaitSettled(withdrawn, 3);
        awaitSagaState(withdrawn, "WITHDRAWN");
        JsonNode levyStep = awaitSettled(ordered, 2);
        JsonNode levy = obligation(levyStep, "tax");
        JsonNode cancellation = obligation(compensation, "tax");
        List<JsonNode> levies = leviesOf(c);
        if ("APPLIED".equals(levy.path("status").asText())) {
            // The usual order: the cancellation waited for the slow levy, then cancelled it.
            assertThat(cancellation.path("status").asText()).isEqualTo("APPLIED");
            assertThat(cancellation.path("agencyReference").asText()).endsWith(":CANCELLED");
            assertThat(levies).hasSize(1);
            assertThat(levies.get(0).path("status").asText()).as("no levy is left standing").isEqualTo("CANCELLED");
        } else {
            // The withdrawal was recorded before the levy's turn came: the levy never reached tax.
            assertThat(levy.path("status").asText()).isEqualTo("NOT_APPLICABLE");
            assertThat(levy.path("reasonCode").asText()).isEqualTo("WITHDRAWN");
            assertThat(cancellation.path("status").asText()).isEqualTo("NOT_APPLICABLE");
            assertThat(levies).isEmpty();
        }
        assertThat(saga(withdrawn).path("state").asText()).isEqualTo("WITHDRAWN");
        // The court is sent a notice of each step (its register does not know this test's case
        // number, so it refuses them; that the hub told it is what matters here).
        assertThat(obligation(levyStep, "court").path("role").asText()).isEqualTo("COMPLETION");
        assertThat(obligation(compensation, "court").path("role").asText()).isEqualTo("COMPLETION");
        assertThat(registrationsOf(c.path("unitNumber").asText())).isEmpty();
    }

    @Test
    void aLevyWithdrawnWhileItWaitsInTheDeadLetterQueueNeverReachesTaxWhenReplayed() {
        ObjectNode c = variant(judicialCase(0), "（2026）鲁1526执392号", "371526009009GB09999F00090982");
        String unit = c.path("unitNumber").asText();
        sims().post().uri("/_sim/tax/faults?outageSeconds=120").retrieve().toBodilessEntity();
        String ordered;
        try {
            ordered = accepted(postEventAs("court", order(c).toString()));
            await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(
                    obligation(exchange(ordered), "tax").path("status").asText()));
        } finally {
            sims().delete().uri("/_sim/tax/faults").retrieve().toBodilessEntity();
        }
        awaitSagaState(ordered, "LEVY_FAILED");
        int taxCalls = receivedAbout("tax", unit).size();

        // Tax is back; the court withdraws the order while the levy waits for an operator. The
        // levy's outcome is unknown (it failed), so tax is asked to cancel, and has nothing to cancel.
        String withdrawn = accepted(postEventAs("court", withdrawal(c, "SETTLED").toString()));
        JsonNode compensation = awaitSettled(withdrawn, 3);
        assertThat(obligation(compensation, "tax").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(obligation(compensation, "tax").path("reasonCode").asText()).isEqualTo("NO_LEVY");
        taxCalls = receivedAbout("tax", unit).size();
        awaitSagaState(withdrawn, "WITHDRAWN");

        // An operator replays the dead letter: the withdrawn levy is not carried out.
        String letter = null;
        for (JsonNode l : json(hub().get().uri("/api/v1/dead-letters").retrieve().body(String.class)).path("deadLetters")) {
            if (ordered.equals(l.path("exchangeId").asText())
                    && "DLQ.agency.tax.deed-tax-levy.v1".equals(l.path("deadLetterQueue").asText())) {
                letter = l.path("id").asText();
            }
        }
        assertThat(letter).as("the levy waits in its dead-letter queue").isNotNull();
        hub().post().uri("/api/v1/dead-letters/{id}/replay", letter).contentType(MediaType.APPLICATION_JSON)
                .body("{\"note\":\"tax is back\"}").retrieve().toBodilessEntity();
        await().atMost(SAGA).until(() -> "NOT_APPLICABLE".equals(
                obligation(exchange(ordered), "tax").path("status").asText()));
        assertThat(obligation(exchange(ordered), "tax").path("reasonCode").asText()).isEqualTo("WITHDRAWN");
        assertThat(receivedAbout("tax", unit)).as("the replay did not reach tax").hasSize(taxCalls);
        assertThat(leviesOf(c)).as("tax holds no levy for the withdrawn order").isEmpty();
        assertThat(saga(withdrawn).path("state").asText()).isEqualTo("WITHDRAWN");
    }

    // --- helpers ---

    JsonNode judicialCase(int i) {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-judicial.json")) {
            return mapper.readTree(in).path("cases").path(i);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode order(JsonNode c) {
        ObjectNode data = mapper.createObjectNode();
        for (String f : List.of("caseNumber", "assistanceNoticeNo", "unitNumber", "address", "rulingDate", "disposalPrice")) {
            data.put(f, c.path(f).asText());
        }
        data.set("transferee", c.path("transferee").deepCopy());
        data.set("transferor", c.path("transferor").deepCopy());
        return cloudEvent("court", "gov.court.disposal-ordered.v1", data);
    }

    ObjectNode withdrawal(JsonNode c, String reason) {
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", c.path("caseNumber").asText())
                .put("unitNumber", c.path("unitNumber").asText())
                .put("withdrawnOn", "2026-11-25")
                .put("reason", reason);
        return cloudEvent("court", "gov.court.disposal-withdrawn.v1", data);
    }

    /** What tax reports once the transferee paid: the paid levy as the simulated bureau holds it. */
    ObjectNode payment(JsonNode paidLevy) {
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", paidLevy.path("caseNumber").asText())
                .put("unitNumber", paidLevy.path("unitNumber").asText())
                .put("levyNo", paidLevy.path("levyNo").asText())
                .put("taxPaymentCertificateNo", paidLevy.path("certificateNo").asText())
                .put("deedTax", paidLevy.path("deedTax").asText())
                .put("stampDuty", paidLevy.path("stampDuty").asText())
                .put("paidOn", paidLevy.path("paidOn").asText());
        data.putObject("taxpayer")
                .put("name", paidLevy.path("taxpayer").path("name").asText())
                .put("idType", paidLevy.path("taxpayer").path("idType").asText())
                .put("idNumber", paidLevy.path("taxpayer").path("idNumber").asText());
        return cloudEvent("tax", "gov.tax.deed-tax-paid.v1", data);
    }

    ObjectNode cloudEvent(String source, String type, JsonNode data) {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", source)
                .put("type", type)
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** The transferee pays the levy at tax's counter. */
    JsonNode pay(JsonNode c) {
        String levyNo = levyOf(c).path("levyNo").asText();
        return json(sims().post().uri("/_sim/tax/levies/{no}/payment", levyNo).retrieve().body(String.class));
    }

    /** A payment as tax would report it for a levy it cancelled (the hub must refuse it). */
    JsonNode levyPaidOffline(JsonNode c) {
        ObjectNode levy = levyOf(c).deepCopy();
        return levy.put("certificateNo", "WS371526202688888").put("paidOn", "2026-11-25");
    }

    /** Case {@code c} under another case number and unit: a case no other test touches. */
    ObjectNode variant(JsonNode c, String caseNumber, String unitNumber) {
        return ((ObjectNode) c.deepCopy()).put("caseNumber", caseNumber).put("unitNumber", unitNumber);
    }

    List<JsonNode> leviesOf(JsonNode c) {
        JsonNode levies = json(sims().get().uri(u -> u.path("/_sim/tax/levies")
                .queryParam("caseNumber", c.path("caseNumber").asText()).build()).retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        levies.forEach(out::add);
        return out;
    }

    JsonNode levyOf(JsonNode c) {
        JsonNode levies = json(sims().get().uri(u -> u.path("/_sim/tax/levies")
                .queryParam("caseNumber", c.path("caseNumber").asText()).build()).retrieve().body(String.class));
        assertThat(levies).as("tax holds a levy for the case").hasSize(1);
        return levies.get(0);
    }

    List<JsonNode> feedbackOf(JsonNode c) {
        JsonNode all = json(sims().get().uri(u -> u.path("/_sim/court/feedback")
                .queryParam("caseNumber", c.path("caseNumber").asText()).build()).retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        all.forEach(out::add);
        return out;
    }

    List<JsonNode> registrationsOf(String unit) {
        JsonNode all = json(sims().get().uri("/_sim/realestate/judicial-transfers").retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        all.forEach(r -> {
            if (unit.equals(r.path("unitNumber").asText())) {
                out.add(r);
            }
        });
        return out;
    }

    JsonNode registrationOf(String unit) {
        List<JsonNode> found = registrationsOf(unit);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    JsonNode singleRequest(String agency, String unit) {
        List<JsonNode> requests = receivedAbout(agency, unit);
        assertThat(requests).as(agency + " was called once about the unit").hasSize(1);
        return requests.get(0);
    }

    JsonNode saga(String exchangeId) {
        return json(hub().get().uri("/api/v1/exchanges/{id}/saga", exchangeId).retrieve().body(String.class));
    }

    void awaitSagaState(String exchangeId, String state) {
        await().atMost(SAGA).pollInterval(Duration.ofMillis(200)).until(() -> {
            try {
                return state.equals(saga(exchangeId).path("state").asText());
            } catch (org.springframework.web.client.HttpClientErrorException.NotFound e) {
                return false;
            }
        });
    }

    /** The exchange once it is completed with at least {@code obligations} obligations, all final. */
    JsonNode awaitSettled(String exchangeId, int obligations) {
        await().atMost(SAGA).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode x = exchange(exchangeId);
            return "COMPLETED".equals(x.path("status").asText()) && x.path("obligations").size() >= obligations
                    && allObligationsFinal(x);
        });
        return exchange(exchangeId);
    }

    String accepted(Response response) {
        assertThat(response.status().value()).as(response.body()).isEqualTo(202);
        return json(response.body()).path("exchangeId").asText();
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        collect("", node, keys);
        return keys;
    }

    private static void collect(String prefix, JsonNode node, Set<String> keys) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = node.get(name);
            if (value.isObject()) {
                collect(prefix + name + ".", value, keys);
            } else {
                keys.add(prefix + name);
            }
        }
    }

    static List<String> fields(JsonNode obligation) {
        List<String> out = new ArrayList<>();
        obligation.path("fields").forEach(f -> out.add(f.asText()));
        return out;
    }
}
