package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;

/**
 * The operators' console in headless Chromium against the real hub and simulators: people log in
 * at the issuer's login page (authorization code with PKCE), then work through the console as
 * they would. An operator sees an M1 transfer on the scorecard and among the live exchanges with
 * its six obligations, inspects a dead letter and replays it with a reason (which the audit log
 * records), and verifies the audit chain; an auditor asks who received data about the buyer and
 * is offered no replay (which the hub refuses anyway). Screenshots go to
 * {@code target/console-screenshots/} (docs/console/ has a copy).
 *
 * <p>Seed properties 2 and 10 (and buyers 11 and 7) are used by no other test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT extends EndToEndSupport {

    static final String GAS_DLQ = "DLQ.agency.gas.account-transfer.v1";

    @Autowired
    JmsTemplate jms;

    String console;
    String transfer;
    String buyerIdNumber;

    @BeforeAll
    void anM1Transfer() {
        ConsoleBrowser.assumeInstalled();
        console = "http://127.0.0.1:" + SIMULATORS.hubPort() + "/console/";
        transfer = registerTransfer(2, 11).path("hubDelivery").path("exchangeId").asText();
        buyerIdNumber = seed().path("buyers").path(11).path("idNumber").asText();
        awaitCompleted(transfer);
    }

    @Test
    void anOperatorFollowsExchangesReplaysADeadLetterAndVerifiesTheAuditChain() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.start()) {
            browser.logIn(console, "operator", TestClients.password("operator"));
            assertThat(browser.text("#who")).contains("operator");

            // The scorecard, per mandate and agency, as the API counts it (the page refreshes it).
            browser.until(d -> {
                JsonNode card = json(hub().get().uri("/api/v1/scorecard").retrieve().body(String.class));
                for (JsonNode line : card.path("lines")) {
                    if ("M1".equals(line.path("mandate").asText()) && !scorecardCell(browser, line.path("agency").asText(), 2)
                            .equals(line.path("volume").asText())) {
                        return false;
                    }
                }
                return card.path("lines").size() >= 6;
            });
            String water = browser.until(d -> scorecardRow(browser, "water").getText());
            assertThat(water).contains("M1 · 不动产转移登记").contains("高唐县供水公司");
            browser.screenshot("scorecard");

            // The live exchanges: the transfer with its six obligations, then its detail.
            browser.click("nav button[data-view=exchanges]");
            String row = "#exchanges tr[data-exchange-id='" + transfer + "']";
            browser.until(d -> d.findElements(By.cssSelector(row + " td:last-child .status")).size() == 6);
            browser.click(row);
            browser.until(d -> d.findElements(By.cssSelector("#obligations tbody tr")).size() == 6);
            JsonNode exchange = exchange(transfer);
            for (JsonNode o : exchange.path("obligations")) {
                assertThat(browser.text("#obligations tr[data-recipient='" + o.path("recipient").asText() + "']"))
                        .contains(o.path("status").asText());
            }
            browser.screenshot("exchanges");

            // A dead letter: gas is down past every retry for a second transfer.
            String failed = deadLetteredGasTransfer();
            browser.click("nav button[data-view=dead-letters]");
            browser.click("#dead-letters-refresh");
            String letter = "#dead-letters tr[data-exchange-id='" + failed + "']";
            String messageId = browser.attribute(letter, "data-message-id");
            browser.click(letter + " button.inspect");
            browser.until(d -> messageId.equals(d.findElement(By.id("dead-letter-id")).getText()));
            assertThat(browser.text("#dead-letter-facts")).contains("AGENCY_UNAVAILABLE").contains(GAS_DLQ);
            assertThat(browser.text("#dead-letter-body")).contains("\"exchangeId\": \"" + failed + "\"")
                    .contains("\"recipient\": \"gas\"");
            browser.type("#replay-note", "gas is back (console test)");
            browser.scrollTo("#dead-letter-detail");
            browser.screenshot("dead-letter");
            browser.click("#replay");
            browser.until(d -> d.findElement(By.id("replay-result")).getText().startsWith("Replayed to agency.gas"));

            await().atMost(COMPLETION).until(() -> !"FAILED".equals(obligation(exchange(failed), "gas").path("status").asText()));
            assertThat(obligation(exchange(failed), "gas").path("status").asText()).isIn("APPLIED", "NOT_APPLICABLE");
            JsonNode replays = json(hub().get().uri("/api/v1/audit/exchanges/{id}", failed).retrieve().body(String.class));
            assertThat(replays.toString()).contains("\"kind\":\"REPLAY\"").contains("by=operator; message=" + messageId)
                    .contains("note=gas is back (console test)");

            // The audit log: the exchange's trail, with the replay, and the whole chain verified.
            browser.click("nav button[data-view=exchanges]");
            browser.click("#exchanges tr[data-exchange-id='" + failed + "']");
            browser.until(d -> browser.text("#obligations tr[data-recipient=gas]").contains("APPLIED"));
            browser.click("#exchange-audit");
            browser.until(d -> browser.text("#audit-trail tbody").contains("REPLAY"));
            assertThat(browser.text("#audit-trail tbody")).contains("by=operator").contains("DATA_SHARED");
            browser.click("#audit-verify");
            browser.until(d -> browser.text("#audit-verify-result").contains("Chain intact"));
            browser.scrollTo("#view-audit");
            browser.screenshot("audit");

            // Camel's developer console, through the operator's token.
            browser.click("nav button[data-view=camel]");
            browser.until(d -> browser.text("#camel-output").contains("m1-property-transfer-utilities"));
        }
    }

    @Test
    void anAuditorAsksWhoReceivedDataAboutAPersonAndCannotReplay() throws Exception {
        String marker = poisonDeadLetter();
        try (ConsoleBrowser browser = ConsoleBrowser.start()) {
            browser.logIn(console, "auditor", TestClients.password("auditor"));
            assertThat(browser.text("#who")).contains("auditor").doesNotContain("operator");

            // Dead letters are shown, and inspected, but no replay is offered.
            browser.click("nav button[data-view=dead-letters]");
            browser.click("#dead-letters-refresh");
            String letter = "#dead-letters tr[data-exchange-id='" + marker + "']";
            String messageId = browser.attribute(letter, "data-message-id");
            browser.click(letter + " button.inspect");
            browser.until(d -> messageId.equals(d.findElement(By.id("dead-letter-id")).getText()));
            assertThat(browser.driver.findElement(By.id("replay-form")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("replay")).isDisplayed()).isFalse();
            // And the hub refuses the auditor's token anyway.
            Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    GovHubAuth.api('/api/v1/dead-letters/' + arguments[0] + '/replay', {method: 'POST'})
                        .then(r => done(r.status), e => done(String(e)));""", messageId);
            assertThat(status).isEqualTo(403L);

            // Who received data about the buyer: the same deliveries the API gives the auditors' client.
            browser.click("nav button[data-view=audit]");
            browser.type("#subject-id", buyerIdNumber);
            browser.click("#subject-query");
            JsonNode expected = json(hubAs("govhub-auditor").post().uri("/api/v1/audit/data-subject-queries")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("idNumber", buyerIdNumber))
                    .retrieve().body(String.class)).path("deliveries");
            assertThat(expected.size()).isGreaterThanOrEqualTo(4);
            browser.until(d -> d.findElements(By.cssSelector("#subject-deliveries tbody tr")).size() == expected.size());
            List<String> agencies = new ArrayList<>();
            expected.forEach(e -> agencies.add(e.path("agency").asText()));
            String shown = browser.text("#subject-deliveries tbody");
            assertThat(agencies).contains("water", "power", "gas");
            agencies.forEach(a -> assertThat(shown).contains(a));
            assertThat(shown).contains(transfer);
            browser.screenshot("auditor");
        } finally {
            hub().post().uri("/api/v1/dead-letters/{id}/discard", deadLetterOf(marker, "DLQ.agency.water.account-transfer.v1")
                    .path("id").asText()).contentType(MediaType.APPLICATION_JSON).body("{\"note\":\"console test poison\"}")
                    .retrieve().toBodilessEntity();
        }
    }

    /** Registers a transfer while gas is down until its command is dead-lettered; returns the exchange id. */
    private String deadLetteredGasTransfer() {
        sims().post().uri("/_sim/gas/faults?outageSeconds=120").retrieve().toBodilessEntity();
        try {
            String exchangeId = registerTransfer(10, 7).path("hubDelivery").path("exchangeId").asText();
            await().atMost(COMPLETION).until(() -> "FAILED".equals(obligation(exchange(exchangeId), "gas").path("status").asText()));
            await().atMost(COMPLETION).until(() -> deadLetterOf(exchangeId, GAS_DLQ), l -> l != null);
            return exchangeId;
        } finally {
            sims().delete().uri("/_sim/gas/faults").retrieve().toBodilessEntity();
        }
    }

    /** A command no connector can read, dead-lettered at once (as in DeadLettersIT); returns its marker. */
    private String poisonDeadLetter() {
        String marker = java.util.UUID.randomUUID().toString();
        jms.convertAndSend("agency.water.account-transfer.v1", "{\"commandId\": \"" + marker + "\", not json", m -> {
            m.setStringProperty("govhub_exchange_id", marker);
            return m;
        });
        await().atMost(COMPLETION).until(() -> deadLetterOf(marker, "DLQ.agency.water.account-transfer.v1"), l -> l != null);
        return marker;
    }

    private JsonNode deadLetterOf(String exchangeId, String queue) {
        JsonNode all = json(hub().get().uri("/api/v1/dead-letters").retrieve().body(String.class));
        for (JsonNode l : all.path("deadLetters")) {
            if (exchangeId.equals(l.path("exchangeId").asText()) && queue.equals(l.path("deadLetterQueue").asText())) {
                return l;
            }
        }
        return null;
    }

    private static WebElement scorecardRow(ConsoleBrowser browser, String agency) {
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#scorecard tbody tr"))) {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            if (cells.size() > 2 && cells.get(0).getText().startsWith("M1")
                    && (cells.get(1).getText().equals(agency) || cells.get(1).getText().startsWith(agency + " "))) {
                return tr;
            }
        }
        return null;
    }

    private static String scorecardCell(ConsoleBrowser browser, String agency, int column) {
        WebElement tr = scorecardRow(browser, agency);
        return tr == null ? "" : tr.findElements(By.tagName("td")).get(column).getText();
    }
}
