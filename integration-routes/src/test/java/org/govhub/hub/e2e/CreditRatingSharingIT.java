package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.mandate.OutgoingCommand;
import org.govhub.hub.mandate.m3.RatingNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * M3 end to end: industry authorities' records reach the credit platform; each version of an
 * enterprise's credit rating reaches every subscriber (market supervision for every class, the
 * approval bureau for class D) and every agency that holds an earlier version; market
 * supervision applies the sampling ratio of the class under the configured code list (GB-A-D
 * here; SD-A-E in the connector's tests); the hub says who holds which version. Seeded
 * enterprises 10 to 19 are this class's.
 */
class CreditRatingSharingIT extends EnterpriseMandatesSupport {

    static final String RATING = "gov.credit.rating-changed.v1";
    /** The county bureaus that receive every version through the subscribers' interface. */
    static final List<String> SUBSCRIBERS = List.of("tax", "housing", "publicsecurity", "civil", "hrss", "realestate",
            "bank", "court", "finance", "transport", "agriculture", "commerce", "culture", "education", "health",
            "ecology", "emergency", "medicalinsurance");
    static final String OFFICER_ID = "371526198512310021";

    ObjectNode record(String authority, String recordId, int version, String action, int enterprise, String severity,
                      String category) {
        JsonNode e = enterprise(enterprise);
        ObjectNode data = mapper.createObjectNode();
        data.put("recordId", recordId);
        data.put("version", version);
        data.put("action", action);
        data.put("authority", authority);
        data.put("category", category);
        data.put("severity", severity);
        data.putObject("enterprise").put("uscc", e.path("uscc").asText()).put("name", e.path("name").asText());
        data.put("decidedOn", "2026-11-18");
        data.put("documentNo", "高罚〔2026〕" + recordId.substring(recordId.length() - 3) + "号");
        data.put("summary", "违法行为，处以罚款");
        data.putObject("caseOfficer").put("name", "钱芳").put("idType", "RESIDENT_ID").put("idNumber", OFFICER_ID);
        return cloudEvent(authority, "gov." + authority + ".credit-record.v1", data);
    }

    ObjectNode rating(int enterprise, int version, String action, String creditClass, String previousClass,
                      Integer supersedes) {
        JsonNode e = enterprise(enterprise);
        ObjectNode data = mapper.createObjectNode();
        data.put("uscc", e.path("uscc").asText());
        data.put("enterpriseName", e.path("name").asText());
        data.put("version", version);
        data.put("action", action);
        data.put("creditClass", creditClass);
        if (previousClass != null) {
            data.put("previousClass", previousClass);
        }
        if (supersedes != null) {
            data.put("supersedesVersion", supersedes);
        }
        data.put("effectiveDate", "2026-11-25");
        data.putArray("basis").add("MAR-BASIS-000001");
        data.put("reason", "综合评价结果变化");
        return cloudEvent("credit", RATING, data);
    }

    JsonNode holders(int enterprise) {
        return json(hubAs("govhub-auditor").get().uri("/api/v1/credit/ratings/{uscc}/holders",
                enterprise(enterprise).path("uscc").asText()).retrieve().body(String.class));
    }

    static int heldVersion(JsonNode holders, String agency) {
        for (JsonNode h : holders.path("holders")) {
            if (agency.equals(h.path("agency").asText())) {
                return h.path("heldVersion").asInt();
            }
        }
        return 0;
    }

    @Autowired
    org.apache.camel.CamelContext camel;

    @Test
    void theRatingQueueHasItsOwnConsumerCountAndTheOtherMandatesTheDefault() {
        // govhub.mandates.M3.consumers (application.yaml): twenty commands per rating change.
        assertThat(consumersOf("m3-rating-change")).isEqualTo(4);
        assertThat(consumersOf("m3-market-record")).isEqualTo(4);
        assertThat(consumersOf("m1-property-transfer-utilities")).isEqualTo(2);
    }

    private int consumersOf(String routeId) {
        return ((org.apache.camel.component.jms.JmsEndpoint) camel.getRoute(routeId).getEndpoint()).getConcurrentConsumers();
    }

    @Test
    void theTaxBureausAndThePlatformsOwnSystemsPushTheRecordAndTheRatingItLeadsTo() {
        // Enterprise 7 is M2's (an enforcement decision only): no credit record or rating of it is held.
        String uscc = enterprise(7).path("uscc").asText();
        ObjectNode entered = (ObjectNode) record("tax", "TAX-M3-000107", 1, "SUBMIT", 7, "SERIOUS", "TAX_VIOLATION")
                .path("data");
        entered.remove("authority");

        // The tax bureau records the penalty; its system fills in its authority and pushes the record.
        JsonNode pushed = simAction("/_sim/tax/credit-records", entered);
        assertThat(pushed.path("type").asText()).isEqualTo("gov.tax.credit-record.v1");
        JsonNode recorded = awaitSettled(pushedExchange(pushed), "credit");
        assertThat(obligation(recorded, "credit", "credit-record").path("status").asText()).isEqualTo("APPLIED");
        List<JsonNode> sent = bodiesReceived("credit", "/api/records", "TAX-M3-000107");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path("authority").asText()).isEqualTo("tax");
        assertThat(sent.get(0).toString()).as("the case officer stays at the hub").doesNotContain(OFFICER_ID);
        JsonNode evaluation = simState("/_sim/credit/enterprises/" + uscc).path("evaluation");
        assertThat(evaluation.path("creditClass").asText()).isEqualTo("D");

        // The platform publishes the rating it now holds; every subscriber and market supervision get it.
        JsonNode rating = simAction("/_sim/credit/enterprises/{uscc}/rating-change",
                "{\"basis\":[\"TAX-M3-000107\"],\"reason\":\"重大税收违法\"}", uscc);
        JsonNode change = awaitSettled(pushedExchange(rating), "market", "approval");
        assertThat(obligation(change, "market", "credit-risk-class").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(change, "approval", "credit-rating-notice").path("status").asText()).isEqualTo("APPLIED");
        assertThat(change.path("obligations")).hasSize(20);
        change.path("obligations").forEach(o -> assertThat(o.path("status").asText())
                .as(o.path("recipient").asText()).isEqualTo("APPLIED"));
        assertThat(simState("/_sim/market/supervised/" + uscc).path("riskClass").asText()).isEqualTo("D");
        assertThat(holders(7).path("latestVersion").asInt()).isEqualTo(evaluation.path("version").asInt());
        assertThat(pushesOf("credit")).filteredOn(p -> p.path("eventId").asText().equals(rating.path("eventId").asText()))
                .singleElement().satisfies(p -> assertThat(p.path("status").asText()).isEqualTo("ACCEPTED"));
    }

    @Test
    void aRecordReachesThePlatformAndEachRatingVersionReachesEverySubscriberAndEveryHolder() {
        String uscc = enterprise(10).path("uscc").asText();

        // Market supervision's serious penalty reaches the platform, without the case officer.
        JsonNode recorded = awaitSettled(handIn(record("market", "MAR-M3-000010", 1, "SUBMIT", 10, "SERIOUS",
                "ADMINISTRATIVE_PENALTY")), "credit");
        JsonNode collect = obligation(recorded, "credit", "credit-record");
        assertThat(collect.path("status").asText()).isEqualTo("APPLIED");
        assertThat(collect.path("agencyReference").asText()).isEqualTo("MAR-M3-000010#1");
        List<JsonNode> sent = bodiesReceived("credit", "/api/records", "MAR-M3-000010");
        assertThat(sent).hasSize(1);
        assertThat(fieldSet(sent.get(0))).containsExactly("action", "authority", "category", "decidedOn",
                "documentNo", "enterpriseName", "recordId", "severity", "summary", "uscc", "version");
        assertThat(sent.get(0).toString()).doesNotContain(OFFICER_ID).doesNotContain("钱芳");
        JsonNode evaluation = simState("/_sim/credit/enterprises/" + uscc).path("evaluation");
        assertThat(evaluation.path("creditClass").asText()).isEqualTo("D");

        // The platform's new rating (version 2, class D) reaches market supervision and, for D, the bureau.
        int v2 = evaluation.path("version").asInt();
        JsonNode change = awaitSettled(handIn(rating(10, v2, "CHANGE", "D", evaluation.path("previousClass").asText(),
                null)), "market", "approval");
        assertThat(obligation(change, "market", "credit-risk-class").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(change, "approval", "credit-rating-notice").path("status").asText()).isEqualTo("APPLIED");
        JsonNode supervised = simState("/_sim/market/supervised/" + uscc);
        assertThat(supervised.path("codeList").asText()).isEqualTo("GB-A-D");
        assertThat(supervised.path("riskClass").asText()).isEqualTo("D");
        assertThat(supervised.path("samplingRatio").asText()).as("high risk: drawn every time").isEqualTo("1.00");
        List<JsonNode> toMarket = bodiesReceived("market", "/xyfl/gx", uscc);
        assertThat(toMarket).hasSize(1);
        assertThat(fieldSet(toMarket.get(0))).containsExactly("bizId", "changeType", "codeList", "effectiveDate",
                "entCode", "entName", "riskClass", "samplingRatio", "version");
        List<JsonNode> toApproval = bodiesReceived("approval", "/credit-notices", uscc);
        assertThat(toApproval).hasSize(1);
        assertThat(fieldSet(toApproval.get(0))).containsExactly("action", "commandId", "creditClass", "effectiveDate",
                "enterpriseName", "previousClass", "uscc", "version");
        // One rating change, twenty subscribers: market supervision, the bureau and eighteen more.
        assertThat(change.path("obligations")).hasSize(20);
        change.path("obligations").forEach(o -> assertThat(o.path("status").asText())
                .as(o.path("recipient").asText()).isEqualTo("APPLIED"));
        JsonNode held = simState("/_sim/subscribers/credit-ratings");
        for (String subscriber : SUBSCRIBERS) {
            assertThat(held.path(subscriber).path(uscc).path("version").asInt()).as(subscriber).isEqualTo(v2);
        }
        List<JsonNode> toTax = bodiesReceived("subscribers", "/subscribers/tax/credit-notices", uscc);
        assertThat(toTax).hasSize(1);
        assertThat(fieldSet(toTax.get(0))).containsExactly("action", "commandId", "creditClass", "effectiveDate",
                "enterpriseName", "previousClass", "uscc", "version");
        for (JsonNode body : List.of(toMarket.get(0), toApproval.get(0), toTax.get(0))) {
            assertThat(body.toString()).as("the basis and the reason stay at the hub")
                    .doesNotContain("MAR-BASIS-000001").doesNotContain("综合评价结果变化");
        }

        // A credit repair restores the rating: it reaches market supervision and, as a holder of
        // version 2, the bureau too, though it subscribes to class D only.
        JsonNode repaired = json(sims().post().uri("/_sim/credit/enterprises/{uscc}/repair", uscc)
                .retrieve().body(String.class));
        int v3 = repaired.path("version").asInt();
        assertThat(v3).isEqualTo(v2 + 1);
        JsonNode repair = awaitSettled(handIn(rating(10, v3, "REPAIR", repaired.path("creditClass").asText(), "D",
                null)), "market", "approval");
        assertThat(obligation(repair, "market", "credit-risk-class").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(repair, "approval", "credit-rating-notice").path("status").asText()).isEqualTo("APPLIED");
        assertThat(simState("/_sim/market/supervised/" + uscc).path("samplingRatio").asText())
                .as("class B: the normal ratio").isEqualTo("0.20");
        assertThat(simState("/_sim/approval/credit-ratings").path(uscc).path("version").asInt()).isEqualTo(v3);

        JsonNode holders = holders(10);
        assertThat(holders.path("latestVersion").asInt()).isEqualTo(v3);
        assertThat(heldVersion(holders, "market")).isEqualTo(v3);
        assertThat(heldVersion(holders, "approval")).isEqualTo(v3);
        assertThat(holders.path("holders")).hasSize(20);
        for (String subscriber : SUBSCRIBERS) {
            assertThat(heldVersion(holders, subscriber)).as(subscriber).isEqualTo(v3);
        }
    }

    @Test
    void aCorrectionAndARetractionReachEveryAgencyThatHeldAnEarlierVersionAndTheHubSaysWhoHoldsWhich() {
        // Version 2, class C: market supervision only; the bureau subscribes to D.
        JsonNode c = awaitSettled(handIn(rating(11, 2, "CHANGE", "C", "B", null)), "market", "approval");
        assertThat(obligation(c, "approval", "credit-rating-notice").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(obligation(c, "approval", "credit-rating-notice").path("reasonCode").asText()).isEqualTo("NOT_REQUESTED");
        assertThat(heldVersion(holders(11), "approval")).isZero();

        // Version 3, class D: both.
        awaitSettled(handIn(rating(11, 3, "CHANGE", "D", "C", null)), "market", "approval");
        // Version 4 corrects version 3 to C: the bureau holds version 3, so it gets the correction.
        JsonNode correction = awaitSettled(handIn(rating(11, 4, "CORRECTION", "C", "D", 3)), "market", "approval");
        assertThat(obligation(correction, "approval", "credit-rating-notice").path("status").asText()).isEqualTo("APPLIED");
        JsonNode corrected = bodiesReceived("approval", "/credit-notices", enterprise(11).path("uscc").asText())
                .stream().filter(b -> b.path("version").asInt() == 4).findFirst().orElseThrow();
        assertThat(corrected.path("supersedesVersion").asInt()).isEqualTo(3);
        assertThat(corrected.path("action").asText()).isEqualTo("CORRECTION");

        // Version 5 retracts version 4 while market supervision is down: the bureau takes it,
        // market supervision's notice fails, and the hub says market still holds version 4.
        outage("market", 120);
        try {
            JsonNode retraction = awaitSettled(handIn(rating(11, 5, "RETRACTION", "B", "C", 4)), "market", "approval");
            assertThat(obligation(retraction, "approval", "credit-rating-notice").path("status").asText())
                    .isEqualTo("APPLIED");
            assertThat(obligation(retraction, "market", "credit-risk-class").path("status").asText()).isEqualTo("FAILED");
        } finally {
            clearFaults("market");
        }
        JsonNode holders = holders(11);
        assertThat(holders.path("latestVersion").asInt()).isEqualTo(5);
        assertThat(heldVersion(holders, "approval")).isEqualTo(5);
        assertThat(heldVersion(holders, "market")).isEqualTo(4);
        assertThat(heldVersion(holders, "tax")).as("a subscriber to every class took every version").isEqualTo(5);
        List<String> deliveries = new ArrayList<>();
        holders.path("deliveries").forEach(d -> {
            if (List.of("market", "approval").contains(d.path("agency").asText())) {
                deliveries.add(d.path("agency").asText() + " v" + d.path("version").asInt() + " "
                        + d.path("status").asText());
            }
        });
        assertThat(deliveries).containsExactly("market v2 APPLIED", "approval v3 APPLIED", "market v3 APPLIED",
                "approval v4 APPLIED", "market v4 APPLIED", "approval v5 APPLIED", "market v5 FAILED");
    }

    @Test
    void thePlatformRefusesUnknownRecordsUnknownEnterprisesAndStaleVersions() {
        JsonNode unknownRecord = awaitSettled(handIn(record("market", "MAR-M3-000014", 2, "CORRECT", 14, "GENERAL",
                "ADMINISTRATIVE_PENALTY")), "credit");
        assertThat(obligation(unknownRecord, "credit", "credit-record").path("reasonCode").asText())
                .isEqualTo("UNKNOWN_RECORD");
        assertThat(obligation(unknownRecord, "credit", "credit-record").path("status").asText()).isEqualTo("REJECTED");

        JsonNode unknownEnterprise = awaitSettled(handIn(record("market", "MAR-M3-000012", 1, "SUBMIT", 12, "MINOR",
                "OTHER")), "credit");
        assertThat(obligation(unknownEnterprise, "credit", "credit-record").path("reasonCode").asText())
                .isEqualTo("UNKNOWN_ENTERPRISE");

        awaitSettled(handIn(record("tax", "TAX-M3-000014", 1, "SUBMIT", 14, "GENERAL", "TAX_VIOLATION")), "credit");
        // The same record submitted again in a new event: the platform holds version 1 already.
        JsonNode again = awaitSettled(handIn(record("tax", "TAX-M3-000014", 1, "SUBMIT", 14, "GENERAL",
                "TAX_VIOLATION")), "credit");
        assertThat(obligation(again, "credit", "credit-record").path("reasonCode").asText()).isEqualTo("STALE_VERSION");
    }

    @Test
    void taxAndHousingRecordsAndProcurementArrearsReachThePlatformWithTheirAuthority() {
        JsonNode tax = awaitSettled(handIn(record("tax", "TAX-M3-000015", 1, "SUBMIT", 15, "GENERAL",
                "TAX_VIOLATION")), "credit");
        assertThat(obligation(tax, "credit", "credit-record").path("status").asText()).isEqualTo("APPLIED");
        JsonNode arrears = awaitSettled(handIn(record("housing", "HOU-M3-000016", 1, "SUBMIT", 16, "SERIOUS",
                "PROCUREMENT_ARREARS")), "credit");
        assertThat(obligation(arrears, "credit", "credit-record").path("status").asText()).isEqualTo("APPLIED");

        JsonNode platform = simState("/_sim/credit/enterprises/" + enterprise(16).path("uscc").asText());
        assertThat(platform.path("records").get(0).path("authority").asText()).isEqualTo("housing");
        assertThat(platform.path("records").get(0).path("category").asText()).isEqualTo("PROCUREMENT_ARREARS");
        assertThat(platform.path("evaluation").path("creditClass").asText()).isEqualTo("D");
        assertThat(simState("/_sim/credit/enterprises/" + enterprise(15).path("uscc").asText())
                .path("evaluation").path("creditClass").asText()).isEqualTo("C");
    }

    @Test
    void marketSupervisionRefusesARatingOfAnEnterpriseOutsideItsDirectory() {
        JsonNode exchange = awaitSettled(handIn(rating(13, 2, "CHANGE", "D", "B", null)), "market", "approval");

        assertThat(obligation(exchange, "market", "credit-risk-class").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(exchange, "market", "credit-risk-class").path("reasonCode").asText())
                .isEqualTo("NOT_IN_DIRECTORY");
        assertThat(obligation(exchange, "approval", "credit-rating-notice").path("status").asText()).isEqualTo("APPLIED");
        assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
    }

    @Test
    void aClassOutsideTheConfiguredCodeListFailsNamingTheFieldAndTheRule() {
        // E exists only in Shandong's list; this hub runs the national A-D list.
        JsonNode exchange = awaitSettled(handIn(rating(17, 2, "CHANGE", "E", "B", null)), "market", "approval");

        JsonNode market = obligation(exchange, "market", "credit-risk-class");
        assertThat(market.path("status").asText()).isEqualTo("FAILED");
        assertThat(market.path("reasonCode").asText()).isEqualTo("INVALID_COMMAND");
        assertThat(market.path("reason").asText()).contains("creditClass", "credit-risk-class", "GB-A-D");
        assertThat(bodiesReceived("market", "/xyfl/gx", enterprise(17).path("uscc").asText())).isEmpty();
    }

    @Test
    void identifiersAndTheAuthorityAreCheckedAtIngressNamingFieldAndRule() {
        ObjectNode bad = rating(18, 2, "CHANGE", "D", "B", null);
        String uscc = enterprise(18).path("uscc").asText();
        ((ObjectNode) bad.path("data")).put("uscc", uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0'));
        ((ObjectNode) bad.path("data")).put("version", 0);
        Response response = postEventAs("credit", bad.toString());
        assertThat(response.status().value()).isEqualTo(400);
        List<String> violations = new ArrayList<>();
        json(response.body()).path("violations").forEach(v ->
                violations.add(v.path("pointer").asText() + " " + v.path("rule").asText()));
        assertThat(violations).contains("/data/uscc uscc", "/data/version minimum");

        // Tax cannot hand in a record in market supervision's name.
        ObjectNode forged = record("tax", "TAX-M3-000018", 1, "SUBMIT", 18, "MINOR", "OTHER");
        ((ObjectNode) forged.path("data")).put("authority", "market");
        Response refused = postEventAs("tax", forged.toString());
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(refused.body()).contains("/data/authority");
    }

    @Test
    void theCreditPlatformDownThroughEveryRetryFailsTheRecord() {
        outage("credit", 120);
        try {
            JsonNode exchange = awaitSettled(handIn(record("housing", "HOU-M3-000019", 1, "SUBMIT", 19, "MINOR",
                    "CONSTRUCTION_VIOLATION")), "credit");

            JsonNode collect = obligation(exchange, "credit", "credit-record");
            assertThat(collect.path("status").asText()).isEqualTo("FAILED");
            assertThat(collect.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        } finally {
            clearFaults("credit");
        }
    }

    @Test
    void anOlderVersionArrivingLateIsRefusedAndABureauDownFailsOnlyItsOwnNotice() {
        String uscc = enterprise(18).path("uscc").asText();
        awaitSettled(handIn(rating(18, 3, "CHANGE", "D", "B", null)), "market", "approval");

        // Version 2 comes after version 3: every holder refuses it as stale, nothing changes.
        JsonNode late = awaitSettled(handIn(rating(18, 2, "CHANGE", "D", "B", null)), "market", "approval");
        for (String agency : List.of("approval", "tax", "finance")) {
            JsonNode o = obligation(late, agency, "credit-rating-notice");
            assertThat(o.path("status").asText()).as(agency).isEqualTo("REJECTED");
            assertThat(o.path("reasonCode").asText()).as(agency).isEqualTo("STALE_VERSION");
        }
        assertThat(obligation(late, "market", "credit-risk-class").path("reasonCode").asText()).isEqualTo("STALE_VERSION");
        assertThat(simState("/_sim/approval/credit-ratings").path(uscc).path("version").asInt()).isEqualTo(3);

        // Version 4 while the bureau is down: its notice fails after retries, the other 19 are applied.
        outage("approval", 120);
        try {
            JsonNode v4 = awaitSettled(handIn(rating(18, 4, "REPAIR", "B", "D", null)), "market", "approval");
            JsonNode approval = obligation(v4, "approval", "credit-rating-notice");
            assertThat(approval.path("status").asText()).isEqualTo("FAILED");
            assertThat(approval.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            v4.path("obligations").forEach(o -> {
                if (!o.path("recipient").asText().equals("approval")) {
                    assertThat(o.path("status").asText()).as(o.path("recipient").asText()).isEqualTo("APPLIED");
                }
            });
        } finally {
            clearFaults("approval");
        }
        JsonNode holders = holders(18);
        assertThat(heldVersion(holders, "approval")).isEqualTo(3);
        assertThat(heldVersion(holders, "market")).isEqualTo(4);
        assertThat(heldVersion(holders, "tax")).isEqualTo(4);
    }

    @Test
    void theHoldersQueryChecksTheCodeAndIsForOperatorsAndAuditors() {
        var badCode = hub().get().uri("/api/v1/credit/ratings/{uscc}/holders", "91371526MA3TCULH0Z")
                .exchange((req, res) -> new Response(res.getStatusCode(), null,
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(badCode.status().value()).isEqualTo(400);
        assertThat(json(badCode.body()).path("field").asText()).isEqualTo("uscc");
        assertThat(json(badCode.body()).path("rule").asText()).isEqualTo("uscc");

        var asAgency = hubAs("market").get().uri("/api/v1/credit/ratings/{uscc}/holders",
                enterprise(19).path("uscc").asText()).exchange((req, res) -> res.getStatusCode().value());
        assertThat(asAgency).isEqualTo(403);
        JsonNode none = holders(19);
        assertThat(none.path("holders")).isEmpty();
        assertThat(none.path("latestVersion").isNull()).isTrue();
    }

    @Autowired
    RatingNotices ratingNotices;
    @Autowired
    ExchangeRepository exchanges;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoVersionsOfOneRatingFannedOutAtTheSameMomentStillReachTheHolderOfTheFirst() throws Exception {
        // Version 1 (class D) goes to the approval bureau by its condition; version 2 (class B) reaches it
        // only as the holder of version 1. The two are fanned out at once, as two consumers or two hub
        // instances would: version 1's transaction has opened its obligations but not committed yet.
        ObjectNode first = rating(14, 1, "CHANGE", "D", "B", null);
        ObjectNode second = rating(14, 2, "CORRECTION", "B", "D", 1);
        String firstId = accept(first);
        String secondId = accept(second);
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<OutgoingCommand>> one = pool.submit(() -> tx.execute(status -> {
                List<OutgoingCommand> sent = ratingNotices.fanOut(first.toString(), firstId);
                opened.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return sent;
            }));
            assertThat(opened.await(60, TimeUnit.SECONDS)).isTrue();
            Future<List<OutgoingCommand>> two = pool.submit(() -> ratingNotices.fanOut(second.toString(), secondId));
            // Version 2 either finished without waiting (the fault) or waits for the enterprise's holders lock.
            await().atMost(COMPLETION).until(() -> two.isDone() || jdbc.queryForObject(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted", Integer.class) > 0);
            release.countDown();

            assertThat(recipients(one.get(60, TimeUnit.SECONDS))).contains("approval", "market");
            assertThat(recipients(two.get(60, TimeUnit.SECONDS))).as("version 2 reaches the holder of version 1")
                    .contains("approval", "market");
        } finally {
            release.countDown();
            pool.shutdownNow();
            // Nothing was sent: the test's obligations are closed so that no deadline watch reports them.
            jdbc.update("""
                    update obligation set status = 'NOT_APPLICABLE', reason_code = 'TEST_NOT_SENT', completed_at = now()
                    where exchange_id in (?::uuid, ?::uuid) and status = 'PENDING'""", firstId, secondId);
        }
    }

    private String accept(ObjectNode event) {
        return exchanges.accept("credit", event.path("id").asText(), RATING, "credit",
                event.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), null, List.of("M3"))
                .exchangeId().toString();
    }

    private static List<String> recipients(List<OutgoingCommand> commands) {
        return commands.stream().map(c -> c.commandId().split(":")[2]).toList();
    }
}
