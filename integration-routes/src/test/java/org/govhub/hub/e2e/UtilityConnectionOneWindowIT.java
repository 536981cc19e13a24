package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.govhub.contracts.calendar.WorkingDayCalendar;
import org.govhub.contracts.mandate.Deadline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * M6 end to end: the approval bureau's combined window hands in one connection application; the
 * hub sends each utility the applicant chose its part, over the broker, in that utility's own
 * API; the others get nothing; each utility's due date is 3 working days, 4 with external
 * works, by the holiday calendar; once all have answered, the window gets every answer. Each
 * test has its own application number, so the tests share one hub and one set of simulators.
 */
class UtilityConnectionOneWindowIT extends EndToEndSupport {

    static final List<String> UTILITIES = List.of("water", "power", "gas", "heat", "telecom", "drainage");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9000));

    /** What the telecom operator's and the drainage service's APIs receive for one application: nothing more. */
    static final Set<String> TELECOM_FIELDS = Set.of("transactionId", "channelOrderNo", "projectCode", "projectName",
            "installAddress",
            "areaCode", "acceptDate", "customer.name", "customer.certType", "customer.certNo", "customer.contactPhone",
            "productType", "bandwidthMbps", "externalWorks");
    static final Set<String> DRAINAGE_FIELDS = Set.of("requestNo", "windowNo", "projectCode", "projectName", "address",
            "divisionCode", "acceptDate", "applicantName", "applicantIdType", "applicantIdNo", "applicantPhone",
            "dischargeType", "dailyVolumeM3", "externalWorks");
    static final Set<String> WATER_FIELDS = Set.of("sqbh", "ckbh", "xmdm", "xmmc", "dz", "qxdm", "slrq", "sqrmc",
            "sqrzjzl", "sqrzjh", "lxdh", "ysxz", "kj", "rysl", "ywxgc");

    /** What the power, gas and heating companies' APIs receive: JSON, XML elements, form fields. */
    static final Set<String> POWER_FIELDS = Set.of("requestId", "windowAppNo", "projectCode", "projectName", "elecAddr",
            "areaCode", "acceptDate", "custName", "certType", "certNo", "mobile", "capacityKva", "voltageLevel",
            "externalLine");
    static final Set<String> GAS_FIELDS = Set.of("RequestId", "WindowNo", "ProjectCode", "ProjectName", "Address",
            "DivisionCode", "AcceptDate", "Applicant.Name", "Applicant.CertType", "Applicant.CertNo", "Applicant.Mobile",
            "GasUse", "PeakFlow", "ExternalWorks");
    static final Set<String> HEAT_FIELDS = Set.of("reqNo", "ckbh", "xmdm", "xmmc", "dz", "qxdm", "slrq", "sqrmc", "sqrzjh",
            "lxdh", "grmj", "ywgc");

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void theWindowsOwnSystemHandsTheApplicationInAndHearsEveryAnswer() {
        ObjectNode application = application("高唐县人和街道新华路8号", false, "water", "telecom");
        String no = application.path("applicationNo").asText();

        // The combined window takes the application; the bureau's system pushes it to the hub.
        JsonNode pushed = simAction("/_sim/approval/utility-connection-applications", application);
        assertThat(pushed.path("type").asText()).isEqualTo("gov.approval.utility-connection-applied.v1");
        JsonNode exchange = awaitOutcomeAtTheWindow(pushedExchange(pushed));

        for (String chosen : List.of("water", "telecom")) {
            assertThat(obligation(exchange, chosen).path("status").asText()).as(chosen).isEqualTo("APPLIED");
        }
        assertThat(fieldsReceived("water", no)).isEqualTo(new TreeSet<>(WATER_FIELDS));
        assertThat(windowReport(no).path("utilities")).hasSize(6);
    }

    @Test
    void eachChosenUtilityGetsOnlyItsPartAndTheWindowGetsEveryAnswer() {
        ObjectNode application = application("高唐县鱼丘湖街道金城路26号", false, "water", "telecom", "drainage");
        String no = application.path("applicationNo").asText();

        String exchangeId = accepted(application);
        JsonNode exchange = awaitOutcomeAtTheWindow(exchangeId);

        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        for (String chosen : List.of("water", "telecom", "drainage")) {
            JsonNode o = obligation(exchange, chosen);
            assertThat(o.path("status").asText()).as(chosen).isEqualTo("APPLIED");
            assertThat(o.path("agencyReference").asText()).as(chosen).isNotBlank();
        }
        // The applicant chose neither power, gas nor heat: they were sent nothing.
        for (String other : List.of("power", "gas", "heat")) {
            JsonNode o = obligation(exchange, other);
            assertThat(o.path("status").asText()).as(other).isEqualTo("NOT_APPLICABLE");
            assertThat(o.path("reasonCode").asText()).as(other).isEqualTo("NOT_REQUESTED");
            assertThat(receivedAbout(other, no)).as(other + " received nothing").isEmpty();
        }
        // Each chosen utility received exactly the fields its API takes from its allow-list.
        assertThat(fieldsReceived("telecom", no)).isEqualTo(new TreeSet<>(TELECOM_FIELDS));
        assertThat(fieldsReceived("drainage", no)).isEqualTo(new TreeSet<>(DRAINAGE_FIELDS));
        assertThat(fieldsReceived("water", no)).isEqualTo(new TreeSet<>(WATER_FIELDS));
        for (JsonNode r : receivedAbout("water", no)) {
            assertThat(r.path("body").asText()).as("water never gets another utility's section")
                    .doesNotContain("BROADBAND").doesNotContain("DOMESTIC").doesNotContain("380V");
        }
        for (JsonNode r : receivedAbout("telecom", no)) {
            assertThat(r.path("body").asText()).as("telecom never gets drainage's section").doesNotContain("DOMESTIC");
        }
        for (JsonNode r : receivedAbout("drainage", no)) {
            assertThat(r.path("body").asText()).as("drainage never gets telecom's section").doesNotContain("BROADBAND");
        }
        assertThat(fields(obligation(exchange, "telecom"))).containsExactlyInAnyOrder("applicationNo", "projectCode",
                "projectName", "address", "divisionCode", "appliedOn", "externalWorks", "applicant.name",
                "applicant.idType", "applicant.idNumber", "applicant.phone", "telecom.service", "telecom.bandwidthMbps");

        // The window has every utility's answer, with the chosen ones' references.
        JsonNode report = windowReport(no);
        assertThat(report.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("utilities")).hasSize(6);
        JsonNode telecom = utility(report, "telecom");
        assertThat(telecom.path("status").asText()).isEqualTo("APPLIED");
        assertThat(telecom.path("reference").asText()).isEqualTo(obligation(exchange, "telecom").path("agencyReference").asText());
        assertThat(telecom.path("late").asBoolean()).isFalse();
        assertThat(utility(report, "gas").path("reasonCode").asText()).isEqualTo("NOT_REQUESTED");
        assertThat(report.toString()).as("the applicant's ID number does not go back").doesNotContain("91371526MA3C11116D");

        // The window (the originator) follows every obligation in the hub too.
        JsonNode asWindow = json(hubAs("approval").get().uri("/api/v1/exchanges/{id}", exchangeId).retrieve().body(String.class));
        assertThat(asWindow.path("obligations")).hasSize(7);
    }

    @Test
    void withoutExternalWorksEachUtilityIsDueInThreeWorkingDaysWithExternalWorksInFour() {
        for (boolean externalWorks : List.of(false, true)) {
            ObjectNode application = application("高唐县鱼丘湖街道金城路28号", externalWorks, "telecom", "drainage");
            String exchangeId = accepted(application);
            JsonNode exchange = awaitOutcomeAtTheWindow(exchangeId);
            int days = externalWorks ? 4 : 3;

            OffsetDateTime accepted = OffsetDateTime.parse(exchange.path("acceptedAt").asText());
            for (String chosen : List.of("telecom", "drainage")) {
                OffsetDateTime due = OffsetDateTime.parse(obligation(exchange, chosen).path("dueAt").asText());
                assertThat(due).as(chosen + ", external works " + externalWorks).isIn(
                        calendar.dueAt(Deadline.workingDays(days), accepted),
                        // fanned out just after midnight in Gaotang: counted from the next day
                        calendar.dueAt(Deadline.workingDays(days), accepted.plusMinutes(1)));
                // Due at the end (midnight, China time) of the Nth working day after acceptance.
                assertThat(due.atZoneSameInstant(calendar.zone()).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
                assertThat(calendar.workingDaysBetween(accepted, due.minusSeconds(1))).isEqualTo(days);
                assertThat(calendar.isWorkingDay(due.minusSeconds(1).atZoneSameInstant(calendar.zone()).toLocalDate()))
                        .isTrue();
            }
            assertThat(OffsetDateTime.parse(exchange.path("dueAt").asText()))
                    .isEqualTo(OffsetDateTime.parse(obligation(exchange, "telecom").path("dueAt").asText()));
            assertThat(utility(windowReport(application.path("applicationNo").asText()), "drainage").path("dueAt").asText())
                    .isNotBlank();
        }
    }

    @Test
    void eachUtilityRefusingIsReportedToTheWindowWithItsReason() {
        // 梁村镇 has neither water mains, fibre nor a public sewer (seed/gaotang-connections.json).
        ObjectNode nowhere = application("高唐县梁村镇东风村8号", false, "water", "telecom", "drainage");
        JsonNode exchange = awaitOutcomeAtTheWindow(accepted(nowhere));

        assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(obligation(exchange, "telecom").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(exchange, "telecom").path("reasonCode").asText()).isEqualTo("NO_FIBRE");
        assertThat(obligation(exchange, "drainage").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(exchange, "drainage").path("reasonCode").asText()).isEqualTo("NO_SEWER");
        assertThat(obligation(exchange, "water").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(exchange, "water").path("reasonCode").asText()).isEqualTo("OUT_OF_AREA");
        JsonNode report = windowReport(nowhere.path("applicationNo").asText());
        assertThat(report.path("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(utility(report, "telecom").path("reasonCode").asText()).isEqualTo("NO_FIBRE");
        assertThat(utility(report, "drainage").path("reasonCode").asText()).isEqualTo("NO_SEWER");

        // Industrial discharge is refused by drainage alone; telecom still takes the order.
        ObjectNode factory = application("高唐县鱼丘湖街道金城路30号", false, "telecom", "drainage");
        ((ObjectNode) factory.path("drainage")).put("discharge", "INDUSTRIAL");
        JsonNode second = awaitOutcomeAtTheWindow(accepted(factory));
        assertThat(obligation(second, "drainage").path("reasonCode").asText()).isEqualTo("PRETREATMENT_REQUIRED");
        assertThat(obligation(second, "telecom").path("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void aUtilityThatCannotBeReachedFailsWithTheReasonAndTheOthersAreNotHeldUp() {
        sims().post().uri("/_sim/telecom/faults?outageSeconds=120").retrieve().toBodilessEntity();
        try {
            ObjectNode application = application("高唐县鱼丘湖街道金城路32号", false, "telecom", "drainage");
            String exchangeId = accepted(application);

            await().atMost(COMPLETION).until(() -> "APPLIED".equals(
                    obligation(exchange(exchangeId), "drainage").path("status").asText()));
            JsonNode exchange = awaitOutcomeAtTheWindow(exchangeId);
            JsonNode telecom = obligation(exchange, "telecom");
            assertThat(telecom.path("status").asText()).isEqualTo("FAILED");
            assertThat(telecom.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            JsonNode report = windowReport(application.path("applicationNo").asText());
            assertThat(report.path("outcome").asText()).isEqualTo("PARTIAL");
            assertThat(utility(report, "telecom").path("status").asText()).isEqualTo("FAILED");
        } finally {
            sims().delete().uri("/_sim/telecom/faults").retrieve().toBodilessEntity();
        }

        sims().post().uri("/_sim/drainage/faults?outageSeconds=120").retrieve().toBodilessEntity();
        try {
            ObjectNode application = application("高唐县鱼丘湖街道金城路34号", true, "drainage");
            JsonNode exchange = awaitOutcomeAtTheWindow(accepted(application));
            assertThat(obligation(exchange, "drainage").path("status").asText()).isEqualTo("FAILED");
            assertThat(obligation(exchange, "drainage").path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            assertThat(obligation(exchange, "telecom").path("reasonCode").asText()).isEqualTo("NOT_REQUESTED");
        } finally {
            sims().delete().uri("/_sim/drainage/faults").retrieve().toBodilessEntity();
        }
    }

    @Test
    void theSameApplicationHandedInTwiceIsOrderedOnce() {
        ObjectNode event = event(application("高唐县鱼丘湖街道金城路36号", false, "telecom"));
        Response first = postEventAs("approval", event.toString());
        Response again = postEventAs("approval", event.toString());

        String exchangeId = json(first.body()).path("exchangeId").asText();
        assertThat(json(again.body()).path("exchangeId").asText()).isEqualTo(exchangeId);
        awaitOutcomeAtTheWindow(exchangeId);
        String no = event.path("data").path("applicationNo").asText();
        assertThat(receivedAbout("telecom", no)).hasSize(1);
        JsonNode orders = json(sims().get().uri("/_sim/telecom/orders").retrieve().body(String.class));
        long taken = 0;
        for (JsonNode o : orders) {
            taken += no.equals(o.path("channelOrderNo").asText()) ? 1 : 0;
        }
        assertThat(taken).isEqualTo(1);
    }

    @Test
    void onlyTheApprovalBureauHandsInApplicationsAndEveryViolationIsNamed() {
        ObjectNode event = event(application("高唐县鱼丘湖街道金城路38号", false, "telecom"));
        event.put("source", "realestate");
        Response wrongSource = postEventAs("realestate", event.toString());
        assertThat(wrongSource.status().value()).isEqualTo(403);

        event.put("source", "approval");
        ObjectNode data = (ObjectNode) event.path("data");
        data.putArray("services").add("water").add("internet");
        ((ObjectNode) data.path("applicant")).put("idNumber", "91371526MA3C11116X");
        Response invalid = postEventAs("approval", event.toString());
        assertThat(invalid.status().value()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        json(invalid.body()).path("violations").forEach(v -> pointers.add(v.path("pointer").asText()));
        assertThat(pointers).contains("/data/services/1", "/data/applicant/idNumber");
        assertThat(invalid.body()).doesNotContain("91371526MA3C11116X");
    }

    @Test
    void powerGasAndHeatEachGetOnlyTheirPartInTheirOwnApisAndTheWindowGetsTheirAnswers() {
        ObjectNode application = application("高唐县鱼丘湖街道金城路40号", true, "power", "gas", "heat");
        String no = application.path("applicationNo").asText();

        String exchangeId = accepted(application);
        JsonNode exchange = awaitOutcomeAtTheWindow(exchangeId);

        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(obligation(exchange, "power").path("agencyReference").asText()).matches("^YK\\d{14}$");
        assertThat(obligation(exchange, "gas").path("agencyReference").asText()).matches("^RQBZ\\d{14}$");
        assertThat(obligation(exchange, "heat").path("agencyReference").asText()).matches("^RLBZ\\d{13}$");
        OffsetDateTime accepted = OffsetDateTime.parse(exchange.path("acceptedAt").asText());
        for (String chosen : List.of("power", "gas", "heat")) {
            JsonNode o = obligation(exchange, chosen);
            assertThat(o.path("status").asText()).as(chosen).isEqualTo("APPLIED");
            // With external works: 4 working days (Part 4.4).
            assertThat(OffsetDateTime.parse(o.path("dueAt").asText())).as(chosen).isIn(
                    calendar.dueAt(Deadline.workingDays(4), accepted),
                    calendar.dueAt(Deadline.workingDays(4), accepted.plusMinutes(1)));
            assertThat(receivedAbout(chosen, no)).as(chosen + " was called once").hasSize(1);
        }
        for (String other : List.of("water", "telecom", "drainage")) {
            assertThat(obligation(exchange, other).path("reasonCode").asText()).as(other).isEqualTo("NOT_REQUESTED");
            assertThat(receivedAbout(other, no)).as(other + " received nothing").isEmpty();
        }
        // Each received exactly the fields its own API takes from its allow-list, and no other section.
        assertThat(UtilityRequestFields.of(receivedAbout("power", no).get(0))).isEqualTo(new TreeSet<>(POWER_FIELDS));
        assertThat(UtilityRequestFields.of(receivedAbout("gas", no).get(0))).isEqualTo(new TreeSet<>(GAS_FIELDS));
        assertThat(UtilityRequestFields.of(receivedAbout("heat", no).get(0))).isEqualTo(new TreeSet<>(HEAT_FIELDS));
        assertThat(receivedAbout("power", no).get(0).path("body").asText()).doesNotContain("BROADBAND")
                .doesNotContain("DOMESTIC").doesNotContain("NON_RESIDENTIAL");
        assertThat(receivedAbout("gas", no).get(0).path("body").asText()).doesNotContain("380V").doesNotContain("BROADBAND");
        assertThat(receivedAbout("heat", no).get(0).path("body").asText()).doesNotContain("380V").doesNotContain("BROADBAND");
        assertThat(fields(obligation(exchange, "heat"))).containsExactlyInAnyOrder("applicationNo", "projectCode",
                "projectName", "address", "divisionCode", "appliedOn", "externalWorks", "applicant.name",
                "applicant.idType", "applicant.idNumber", "applicant.phone", "heat.areaM2");

        // The window has each one's answer, with the reference each filed it under.
        JsonNode report = windowReport(no);
        assertThat(report.path("outcome").asText()).isEqualTo("COMPLETED");
        for (String chosen : List.of("power", "gas", "heat")) {
            JsonNode u = utility(report, chosen);
            assertThat(u.path("status").asText()).as(chosen).isEqualTo("APPLIED");
            assertThat(u.path("reference").asText()).as(chosen)
                    .isEqualTo(obligation(exchange, chosen).path("agencyReference").asText());
            // ... and the utility holds the application under that reference.
            JsonNode filed = json(sims().get().uri("/_sim/{u}/connection-intake", chosen).retrieve().body(String.class));
            long matching = 0;
            for (JsonNode f : filed) {
                matching += no.equals(f.path("subject").asText())
                        && u.path("reference").asText().equals(f.path("reference").asText()) ? 1 : 0;
            }
            assertThat(matching).as(chosen).isEqualTo(1);
        }
    }

    @Test
    void powerGasAndHeatEachRefuseWhereTheyHaveNoNetworkAndTheWindowIsTold() {
        // 梁村镇: no utility has a network there (seed/gaotang-connections.json).
        ObjectNode nowhere = application("高唐县梁村镇东风村10号", false, "power", "gas", "heat");
        JsonNode exchange = awaitOutcomeAtTheWindow(accepted(nowhere));
        assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        Map<String, String> reasons = Map.of("power", "OUT_OF_AREA", "gas", "NO_GAS_MAIN", "heat", "OUT_OF_AREA");
        JsonNode report = windowReport(nowhere.path("applicationNo").asText());
        assertThat(report.path("outcome").asText()).isEqualTo("PARTIAL");
        reasons.forEach((u, reason) -> {
            assertThat(obligation(exchange, u).path("status").asText()).as(u).isEqualTo("REJECTED");
            assertThat(obligation(exchange, u).path("reasonCode").asText()).as(u).isEqualTo(reason);
            assertThat(utility(report, u).path("status").asText()).as(u).isEqualTo("REJECTED");
            assertThat(utility(report, u).path("reasonCode").asText()).as(u).isEqualTo(reason);
        });

        // 三十里铺镇 has gas and heating but no power network: power alone refuses.
        JsonNode second = awaitOutcomeAtTheWindow(accepted(application("高唐县三十里铺镇南街12号", false, "power", "gas", "heat")));
        assertThat(obligation(second, "power").path("reasonCode").asText()).isEqualTo("OUT_OF_AREA");
        assertThat(obligation(second, "gas").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(second, "heat").path("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void powerGasAndHeatThatCannotBeReachedFailWithTheReasonAndTheWindowIsTold() {
        for (String down : List.of("power", "gas", "heat")) {
            sims().post().uri("/_sim/{u}/faults?outageSeconds=120", down).retrieve().toBodilessEntity();
        }
        try {
            ObjectNode application = application("高唐县鱼丘湖街道金城路42号", false, "power", "gas", "heat", "telecom");
            String exchangeId = accepted(application);
            await().atMost(COMPLETION).until(() -> "APPLIED".equals(
                    obligation(exchange(exchangeId), "telecom").path("status").asText()));
            JsonNode exchange = awaitOutcomeAtTheWindow(exchangeId);
            JsonNode report = windowReport(application.path("applicationNo").asText());
            assertThat(report.path("outcome").asText()).isEqualTo("PARTIAL");
            for (String down : List.of("power", "gas", "heat")) {
                assertThat(obligation(exchange, down).path("status").asText()).as(down).isEqualTo("FAILED");
                assertThat(obligation(exchange, down).path("reasonCode").asText()).as(down).isEqualTo("AGENCY_UNAVAILABLE");
                assertThat(utility(report, down).path("status").asText()).as(down).isEqualTo("FAILED");
            }
            assertThat(utility(report, "telecom").path("status").asText()).isEqualTo("APPLIED");
        } finally {
            for (String down : List.of("power", "gas", "heat")) {
                sims().delete().uri("/_sim/{u}/faults", down).retrieve().toBodilessEntity();
            }
        }
    }

    // --- helpers ---

    private ObjectNode application(String address, boolean externalWorks, String... services) {
        ObjectNode data = mapper.createObjectNode();
        data.put("applicationNo", "GTBZ2026" + String.format("%08d", SEQUENCE.incrementAndGet()))
                .put("projectCode", "2611-371526-04-01-" + String.format("%06d", SEQUENCE.get() % 1_000_000))
                .put("projectName", "M6 测试项目 " + address)
                .put("address", address)
                .put("divisionCode", "371526")
                .put("appliedOn", "2026-11-25");
        data.putObject("applicant").put("name", "高唐县示例商贸有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C11116D").put("phone", "13905351234");
        var chosen = data.putArray("services");
        for (String s : services) {
            chosen.add(s);
        }
        data.put("externalWorks", externalWorks);
        // Every section is filled in, chosen or not: only the chosen utility's goes anywhere.
        data.putObject("water").put("use", "NON_RESIDENTIAL").put("diameterMm", 25).put("dailyM3", 3.5);
        data.putObject("power").put("capacityKva", 50).put("voltage", "380V");
        data.putObject("gas").put("use", "COMMERCIAL").put("peakM3PerHour", 12);
        data.putObject("heat").put("areaM2", 420);
        data.putObject("telecom").put("service", "BROADBAND").put("bandwidthMbps", 500);
        data.putObject("drainage").put("discharge", "DOMESTIC").put("dailyM3", 2.5);
        return data;
    }

    private ObjectNode event(ObjectNode data) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "approval")
                .put("type", "gov.approval.utility-connection-applied.v1").put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** The window (the approval client) hands the application in; returns the exchange id. */
    private String accepted(ObjectNode data) {
        Response r = postEventAs("approval", event(data).toString());
        assertThat(r.status().value()).as(r.body()).isEqualTo(202);
        return json(r.body()).path("exchangeId").asText();
    }

    /** Waits until every utility answered and the window has the outcome. */
    private JsonNode awaitOutcomeAtTheWindow(String exchangeId) {
        await().atMost(COMPLETION).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode x = exchange(exchangeId);
            return "COMPLETED".equals(x.path("status").asText()) && x.path("obligations").size() == 7
                    && allObligationsFinal(x);
        });
        JsonNode exchange = exchange(exchangeId);
        assertThat(obligation(exchange, "approval").path("status").asText()).isEqualTo("APPLIED");
        return exchange;
    }

    private JsonNode windowReport(String applicationNo) {
        JsonNode reports = json(sims().get().uri("/_sim/approval/connection-outcomes").retrieve().body(String.class));
        for (JsonNode r : reports) {
            if (applicationNo.equals(r.path("applicationNo").asText())) {
                return r;
            }
        }
        throw new AssertionError("the window has no outcome for " + applicationNo + ": " + reports);
    }

    private static JsonNode utility(JsonNode report, String utility) {
        for (JsonNode u : report.path("utilities")) {
            if (utility.equals(u.path("utility").asText())) {
                return u;
            }
        }
        throw new AssertionError("no " + utility + " in " + report);
    }

    /** Every dotted field path of every JSON request {@code agency} received about the application. */
    private Set<String> fieldsReceived(String agency, String applicationNo) {
        List<JsonNode> requests = receivedAbout(agency, applicationNo);
        assertThat(requests).as(agency + " was called").isNotEmpty();
        Set<String> out = new TreeSet<>();
        for (JsonNode r : requests) {
            collect("", json(r.path("body").asText()), out);
        }
        return out;
    }

    private static void collect(String prefix, JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                collect(prefix.isEmpty() ? name : prefix + "." + name, node.get(name), out);
            }
        } else {
            out.add(prefix);
        }
    }

    private static List<String> fields(JsonNode obligation) {
        List<String> out = new ArrayList<>();
        obligation.path("fields").forEach(f -> out.add(f.asText()));
        return out;
    }
}
