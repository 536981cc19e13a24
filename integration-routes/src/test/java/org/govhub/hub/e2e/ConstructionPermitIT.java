package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * M6, Parts 4.2 and 4.5, end to end: the engineering-project approval system (the approval
 * client, as UtilityConnectionOneWindowIT's window) issues a construction permit; the hub sends it
 * over the broker to all six utilities, each in its own API and with only its allow-list (the
 * project, the builder as an enterprise, one measure of scale; never the contact person or the
 * contract price); each registers the project so that it can offer the connection before anyone
 * applies. Each test has its own permit number.
 */
class ConstructionPermitIT extends EndToEndSupport {

    static final List<String> UTILITIES = List.of("water", "power", "gas", "heat", "telecom", "drainage");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90));

    /** What each utility's API receives for one permit: exactly these fields. */
    static final Map<String, Set<String>> FIELDS_RECEIVED = Map.of(
            "water", Set.of("sqbh", "xkzh", "xmdm", "xmmc", "dz", "qxdm", "jzyt", "fzrq", "jgrq", "jsdw", "jsdwdm", "jzmj", "hs"),
            "power", Set.of("requestId", "permitNo", "projectCode", "projectName", "siteAddr", "areaCode", "buildingUse",
                    "issueDate", "plannedCompletionDate", "builderName", "builderCreditCode", "floorAreaM2", "households"),
            "gas", Set.of("RequestId", "PermitNo", "ProjectCode", "ProjectName", "Address", "DivisionCode", "BuildingUse",
                    "IssueDate", "CompletionDate", "Builder.Name", "Builder.CreditCode", "Households"),
            "heat", Set.of("reqNo", "xkzh", "xmdm", "xmmc", "dz", "qxdm", "jzyt", "fzrq", "jgrq", "jsdw", "jsdwdm", "jzmj"),
            "telecom", Set.of("transactionId", "permitNo", "projectCode", "projectName", "siteAddress", "areaCode",
                    "buildingUse", "issueDate", "completionDate", "developer.name", "developer.creditCode", "households"),
            "drainage", Set.of("requestNo", "permitNo", "projectCode", "projectName", "address", "divisionCode",
                    "buildingUse", "issuedOn", "completionOn", "builderName", "builderUscc", "floorAreaM2"));

    /** The allow-list every utility has in the declaration, and each one's measure of scale. */
    static final List<String> COMMON = List.of("permitNo", "projectCode", "projectName", "address", "divisionCode",
            "buildingUse", "issuedOn", "plannedCompletionOn", "builder.uscc", "builder.name");
    static final Map<String, List<String>> SCALE = Map.of(
            "water", List.of("scale.floorAreaM2", "scale.dwellingUnits"),
            "power", List.of("scale.floorAreaM2", "scale.dwellingUnits"),
            "gas", List.of("scale.dwellingUnits"),
            "heat", List.of("scale.floorAreaM2"),
            "telecom", List.of("scale.dwellingUnits"),
            "drainage", List.of("scale.floorAreaM2"));

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void everyUtilityGetsThePermitInItsOwnApiWithOnlyItsAllowList() {
        ObjectNode permit = permit("高唐县鱼丘湖街道金城路以南、官道街以东");
        String no = permit.path("permitNo").asText();

        JsonNode exchange = awaitSettled(accepted(permit));

        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(exchange.path("obligations")).hasSize(6);
        OffsetDateTime accepted = OffsetDateTime.parse(exchange.path("acceptedAt").asText());
        for (String u : UTILITIES) {
            JsonNode o = obligation(exchange, u);
            assertThat(o.path("status").asText()).as(u).isEqualTo("APPLIED");
            assertThat(o.path("agencyReference").asText()).as(u).isNotBlank();
            List<String> allowed = new ArrayList<>(COMMON);
            allowed.addAll(SCALE.get(u));
            assertThat(fields(o)).as(u + "'s allow-list").containsExactlyInAnyOrderElementsOf(allowed);
            // The plan gives no time (实时): 1 working day by default.
            assertThat(OffsetDateTime.parse(o.path("dueAt").asText())).as(u).isIn(
                    calendar.dueAt(Deadline.workingDays(1), accepted),
                    calendar.dueAt(Deadline.workingDays(1), accepted.plusMinutes(1)));
            // Exactly the fields its own API takes from that allow-list, and nobody's personal data.
            List<JsonNode> requests = receivedAbout(u, no);
            assertThat(requests).as(u + " was called once").hasSize(1);
            assertThat(UtilityRequestFields.of(requests.get(0))).as(u).isEqualTo(new TreeSet<>(FIELDS_RECEIVED.get(u)));
            assertThat(requests.get(0).path("body").asText()).as(u)
                    .doesNotContain("李强").doesNotContain("13905351234").doesNotContain("168000000");
            // The utility registered the project under the reference the hub recorded.
            JsonNode registered = registeredAt(u, no);
            assertThat(registered.path("reference").asText()).isEqualTo(o.path("agencyReference").asText());
        }
    }

    @Test
    void utilitiesWithoutANetworkThereRefuseWithTheirReasonsAndTheOthersRegisterIt() {
        // 赵寨子镇 has no gas main (seed/gaotang-connections.json); the others serve it.
        JsonNode some = awaitSettled(accepted(permit("高唐县赵寨子镇工业园区纬二路")));
        assertThat(some.path("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(obligation(some, "gas").path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation(some, "gas").path("reasonCode").asText()).isEqualTo("NO_GAS_MAIN");
        for (String u : List.of("water", "power", "heat", "telecom", "drainage")) {
            assertThat(obligation(some, u).path("status").asText()).as(u).isEqualTo("APPLIED");
        }

        // 梁村镇 is served by none: each refuses in its own terms.
        JsonNode none = awaitSettled(accepted(permit("高唐县梁村镇东风村北")));
        Map<String, String> reasons = Map.of("water", "OUT_OF_AREA", "power", "OUT_OF_AREA", "gas", "NO_GAS_MAIN",
                "heat", "OUT_OF_AREA", "telecom", "NO_FIBRE", "drainage", "NO_SEWER");
        for (String u : UTILITIES) {
            JsonNode o = obligation(none, u);
            assertThat(o.path("status").asText()).as(u).isEqualTo("REJECTED");
            assertThat(o.path("reasonCode").asText()).as(u).isEqualTo(reasons.get(u));
            assertThat(o.path("reason").asText()).as(u).isNotBlank();
        }
    }

    @Test
    void aUtilityThatIsDownFailsWithTheReasonAndTheOthersAreNotHeldUp() {
        sims().post().uri("/_sim/heat/faults?outageSeconds=120").retrieve().toBodilessEntity();
        try {
            String exchangeId = accepted(permit("高唐县鱼丘湖街道民主路北段"));
            await().atMost(COMPLETION).until(() -> "APPLIED".equals(
                    obligation(exchange(exchangeId), "telecom").path("status").asText()));
            JsonNode exchange = awaitSettled(exchangeId);
            assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
            JsonNode heat = obligation(exchange, "heat");
            assertThat(heat.path("status").asText()).isEqualTo("FAILED");
            assertThat(heat.path("reasonCode").asText()).isEqualTo("AGENCY_UNAVAILABLE");
            for (String u : List.of("water", "power", "gas", "telecom", "drainage")) {
                assertThat(obligation(exchange, u).path("status").asText()).as(u).isEqualTo("APPLIED");
            }
        } finally {
            sims().delete().uri("/_sim/heat/faults").retrieve().toBodilessEntity();
        }
    }

    @Test
    void theSamePermitPostedTwiceIsRegisteredOnce() {
        ObjectNode event = event(permit("高唐县鱼丘湖街道金城路以北"));
        Response first = postEventAs("approval", event.toString());
        Response again = postEventAs("approval", event.toString());

        String exchangeId = json(first.body()).path("exchangeId").asText();
        assertThat(json(again.body()).path("exchangeId").asText()).isEqualTo(exchangeId);
        awaitSettled(exchangeId);
        String no = event.path("data").path("permitNo").asText();
        for (String u : UTILITIES) {
            assertThat(receivedAbout(u, no)).as(u).hasSize(1);
        }
    }

    @Test
    void onlyTheApprovalSystemIssuesPermitsAndABadIdentifierIsRefusedByName() {
        ObjectNode event = event(permit("高唐县鱼丘湖街道金城路以西"));
        event.put("source", "realestate");
        assertThat(postEventAs("realestate", event.toString()).status().value()).isEqualTo(403);

        event.put("source", "approval");
        ObjectNode data = (ObjectNode) event.path("data");
        ((ObjectNode) data.path("builder")).put("uscc", "91371526MA3C11116X");
        data.put("divisionCode", "37152");
        Response invalid = postEventAs("approval", event.toString());
        assertThat(invalid.status().value()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        json(invalid.body()).path("violations").forEach(v -> pointers.add(v.path("pointer").asText()));
        assertThat(pointers).contains("/data/builder/uscc", "/data/divisionCode");
        assertThat(invalid.body()).doesNotContain("91371526MA3C11116X");
    }

    // --- helpers ---

    /** A permit with a number of its own, on a day of its own so the numbers never repeat between runs. */
    private ObjectNode permit(String address) {
        int n = SEQUENCE.incrementAndGet();
        String suffix = String.format("%02d%02d", (n / 100) % 100, n % 100);
        String permitNo = "371526" + "2026" + String.format("%04d", 1100 + (int) (UUID.randomUUID().getMostSignificantBits()
                & 0x1f) % 28 + 1) + suffix;
        ObjectNode data = mapper.createObjectNode();
        data.put("permitNo", permitNo)
                .put("projectCode", "2611-371526-04-01-" + String.format("%06d", n))
                .put("projectName", "M6 施工许可测试项目 " + n)
                .put("address", address)
                .put("divisionCode", "371526")
                .put("buildingUse", "RESIDENTIAL")
                .put("issuedOn", "2026-11-25")
                .put("plannedStartOn", "2026-12-01")
                .put("plannedCompletionOn", "2028-06-30")
                .put("contractPrice", "168000000.00");
        data.putObject("builder").put("uscc", "91371526MA3C11116D").put("name", "高唐县示例商贸有限公司")
                .putObject("contact").put("name", "李强").put("phone", "13905351234");
        data.putObject("scale").put("floorAreaM2", 86500.5).put("dwellingUnits", 640).put("buildings", 8);
        return data;
    }

    private ObjectNode event(ObjectNode data) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "approval")
                .put("type", "gov.approval.construction-permit-issued.v1").put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** The approval system issues the permit; returns the exchange id. */
    private String accepted(ObjectNode data) {
        Response r = postEventAs("approval", event(data).toString());
        assertThat(r.status().value()).as(r.body()).isEqualTo(202);
        return json(r.body()).path("exchangeId").asText();
    }

    /** Waits until all six utilities answered. */
    private JsonNode awaitSettled(String exchangeId) {
        await().atMost(COMPLETION).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode x = exchange(exchangeId);
            return "COMPLETED".equals(x.path("status").asText()) && x.path("obligations").size() == 6
                    && allObligationsFinal(x);
        });
        return exchange(exchangeId);
    }

    private JsonNode registeredAt(String utility, String permitNo) {
        JsonNode registered = json(sims().get().uri("/_sim/{u}/construction-permits", utility).retrieve().body(String.class));
        for (JsonNode r : registered) {
            if (permitNo.equals(r.path("subject").asText())) {
                return r;
            }
        }
        throw new AssertionError(utility + " has not registered permit " + permitNo + ": " + registered);
    }

    private static List<String> fields(JsonNode obligation) {
        List<String> out = new ArrayList<>();
        obligation.path("fields").forEach(f -> out.add(f.asText()));
        return out;
    }
}
