package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M1 end to end: real estate registers a transfer and pushes the event; the hub fans it out to
 * the four utility simulators over the broker; each answers in its own API; the new owner gets
 * one SMS and real estate the combined outcome. Each test uses its own seeded property, so the
 * tests share one hub and one set of simulators without seeing each other.
 */
class PropertyTransferUtilitiesIT extends EndToEndSupport {

    static final List<String> UTILITIES = List.of("water", "power", "gas", "heat");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void allFourUtilitiesTransferTheAccountsAndTheNewOwnerIsToldOnce() {
        JsonNode transfer = registerTransfer(0, 0);
        String exchangeId = accepted(transfer);

        JsonNode exchange = awaitCompleted(exchangeId);

        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
        for (String utility : UTILITIES) {
            assertThat(obligation(exchange, utility).path("status").asText()).as(utility).isEqualTo("APPLIED");
        }
        String phone = seed().path("buyers").path(0).path("phone").asText();
        await().atMost(COMPLETION).until(() -> smsTo(phone).size() == 1
                && "APPLIED".equals(obligation(exchange(exchangeId), "sms").path("status").asText()));
        assertThat(smsTo(phone).get(0).toString()).contains("已过户");
        await().atMost(COMPLETION).until(() -> "APPLIED".equals(
                obligation(exchange(exchangeId), "realestate").path("status").asText()));
    }

    @Test
    void eachUtilityReceivesOnlyTheFieldsTheMandateAllows() {
        JsonNode seed = seed();
        JsonNode property = seed.path("properties").path(6);
        JsonNode seller = property.path("owner");
        String exchangeId = accepted(registerTransfer(6, 1));
        awaitCompleted(exchangeId);

        String unit = property.path("unitNumber").asText();
        String address = property.path("address").asText();
        for (String utility : UTILITIES) {
            List<JsonNode> requests = new ArrayList<>(receivedAbout(utility, unit));
            requests.addAll(receivedAbout(utility, address));
            assertThat(requests).as(utility + " was called").isNotEmpty();
            for (JsonNode r : requests) {
                String body = r.path("body").asText() + r.path("path").asText();
                assertThat(body).as(utility + " never gets the price").doesNotContain("650000");
                assertThat(body).as(utility + " never gets the seller's ID number")
                        .doesNotContain(seller.path("idNumber").asText());
                assertThat(body).as(utility + " never gets the seller's phone")
                        .doesNotContain(seller.path("phone").asText());
                assertThat(body).as(utility + " never gets the certificate number")
                        .doesNotContain(property.path("certificateNo").asText());
            }
        }
        JsonNode exchange = exchange(exchangeId);
        assertThat(fields(obligation(exchange, "water"))).containsExactlyInAnyOrder("unitNumber", "address",
                "transferDate", "newOwner.name", "newOwner.idType", "newOwner.idNumber", "newOwner.phone",
                "previousOwner.name");
    }

    @Test
    void aUtilityWithNoAccountThereIsAnOutcomeNotAFailure() {
        String exchangeId = accepted(registerTransfer(1, 2));

        JsonNode exchange = awaitCompleted(exchangeId);

        assertThat(obligation(exchange, "gas").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(obligation(exchange, "water").path("status").asText()).isEqualTo("APPLIED");
        assertThat(exchange.path("outcome").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aUtilityRefusingForArrearsIsReportedWithItsReason() {
        String exchangeId = accepted(registerTransfer(3, 3));

        JsonNode exchange = awaitCompleted(exchangeId);

        JsonNode power = obligation(exchange, "power");
        assertThat(power.path("status").asText()).isEqualTo("REJECTED");
        assertThat(power.path("reasonCode").asText()).isEqualTo("ARREARS");
        assertThat(exchange.path("outcome").asText()).isEqualTo("PARTIAL");
        String phone = seed().path("buyers").path(3).path("phone").asText();
        await().atMost(COMPLETION).until(() -> smsTo(phone).size() == 1);
        assertThat(smsTo(phone).get(0).toString()).contains("未过户");
    }

    @Test
    void aUtilityDownForAWhileIsAppliedAfterRetriesWithoutHoldingUpTheOthers() {
        sims().post().uri("/_sim/gas/faults?outageSeconds=4").retrieve().toBodilessEntity();
        try {
            String exchangeId = accepted(registerTransfer(7, 4));

            await().atMost(COMPLETION).until(() -> {
                JsonNode x = exchange(exchangeId);
                return x.path("obligations").size() >= 4
                        && "APPLIED".equals(obligation(x, "water").path("status").asText())
                        && "APPLIED".equals(obligation(x, "power").path("status").asText())
                        && "APPLIED".equals(obligation(x, "heat").path("status").asText());
            });
            assertThat(obligation(exchange(exchangeId), "gas").path("status").asText())
                    .as("gas is still down while the others are done").isEqualTo("PENDING");

            JsonNode exchange = awaitCompleted(exchangeId);
            JsonNode gas = obligation(exchange, "gas");
            assertThat(gas.path("status").asText()).isEqualTo("APPLIED");
            assertThat(gas.path("attempts").asInt()).isGreaterThan(1);
        } finally {
            sims().delete().uri("/_sim/gas/faults").retrieve().toBodilessEntity();
        }
    }

    @Test
    void theSameEventDeliveredTwiceTransfersOncePerUtilityAndSendsOneSms() {
        JsonNode transfer = registerTransfer(8, 5);
        String exchangeId = accepted(transfer);
        awaitCompleted(exchangeId);

        // Real estate sends the very same CloudEvent again (same id), as after a lost 202.
        JsonNode again = json(sims().post().uri("/_sim/realestate/transfers/{no}/push",
                transfer.path("applicationNo").asText()).retrieve().body(String.class));
        assertThat(again.path("hubDelivery").path("exchangeId").asText()).isEqualTo(exchangeId);

        JsonNode exchange = awaitCompleted(exchangeId);
        assertThat(exchange.path("obligations")).hasSize(6);
        String unit = seed().path("properties").path(8).path("unitNumber").asText();
        String phone = seed().path("buyers").path(5).path("phone").asText();
        await().atMost(COMPLETION).until(() -> smsTo(phone).size() == 1);
        // Once the SMS exists the exchange is done; a second one would have come with it.
        assertThat(smsTo(phone)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from exchange where event_id = ?", Integer.class,
                exchange.path("eventId").asText())).isEqualTo(1);
        assertThat(transferCalls("water", unit)).isEqualTo(1);
    }

    @Test
    void invalidEventsAreRejectedWithEveryViolationNamedAndNothingIsSent() {
        JsonNode seed = seed();
        String badUnit = "371526001001GB00001X00010001";
        String badIdCheck = "371526199001010014";
        ObjectNode event = validEvent(seed.path("properties").path(9), seed.path("buyers").path(6));
        ((ObjectNode) event.path("data")).put("unitNumber", badUnit);
        ((ObjectNode) event.path("data").path("newOwner")).put("idNumber", badIdCheck);
        ((ObjectNode) event.path("data")).remove("address");

        Response response = postEvent(event.toString());

        assertThat(response.status().value()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = json(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://govhub.org/problems/invalid-event");
        List<String> pointers = new ArrayList<>();
        problem.path("violations").forEach(v -> pointers.add(v.path("pointer").asText()));
        assertThat(pointers).contains("/data/unitNumber", "/data/newOwner/idNumber");
        assertThat(response.body()).contains("address");
        assertThat(response.body()).as("the problem does not echo personal data").doesNotContain(badIdCheck);
        assertThat(jdbc.queryForObject("select count(*) from exchange where event_id = ?", Integer.class,
                event.path("id").asText())).isZero();

        // A valid event sent after it reaches every utility; the invalid one reached none.
        JsonNode property = seed.path("properties").path(9);
        String exchangeId = accepted(registerTransfer(9, 6));
        awaitCompleted(exchangeId);
        for (String utility : UTILITIES) {
            assertThat(receivedAbout(utility, badUnit)).as(utility).isEmpty();
        }
        assertThat(transferCalls("water", property.path("unitNumber").asText())).isEqualTo(1);
    }

    @Test
    void anEventOfAnotherSourceOrUnknownTypeIsRejected() {
        JsonNode seed = seed();
        ObjectNode event = validEvent(seed.path("properties").path(10), seed.path("buyers").path(7));
        event.put("source", "water");
        Response wrongSource = postEventAs("water", event.toString());
        assertThat(wrongSource.status().value()).as("water emits no transfer events").isEqualTo(403);
        assertThat(json(wrongSource.body()).path("type").asText()).isEqualTo("https://govhub.org/problems/forbidden-event");

        event.put("source", "realestate").put("type", "gov.realestate.unknown.v1");
        Response unknownType = postEvent(event.toString());
        assertThat(unknownType.status().value()).isEqualTo(400);
        assertThat(unknownType.body()).contains("/type");

        Response notJson = postEvent("{not json");
        assertThat(notJson.status().value()).isEqualTo(400);
        assertThat(json(notJson.body()).path("violations").path(0).path("rule").asText()).isEqualTo("json");
    }

    @Test
    void anUnknownExchangeIsAProblemDocument() {
        Response r = hub().get().uri("/api/v1/exchanges/{id}", UUID.randomUUID())
                .exchange((req, res) -> new Response(res.getStatusCode(), String.valueOf(res.getHeaders().getContentType()),
                        new String(res.getBody().readAllBytes())));
        assertThat(r.status().value()).isEqualTo(404);
        assertThat(json(r.body()).path("type").asText()).isEqualTo("https://govhub.org/problems/exchange-not-found");
    }

    private String accepted(JsonNode transfer) {
        JsonNode delivery = transfer.path("hubDelivery");
        assertThat(delivery.path("status").asText()).as("hub accepted the event: " + delivery).isEqualTo("ACCEPTED");
        return delivery.path("exchangeId").asText();
    }

    private ObjectNode validEvent(JsonNode property, JsonNode buyer) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "realestate")
                .put("type", "gov.realestate.transfer-registered.v1").put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        data.put("applicationNo", "GT20261125T" + (int) (Math.random() * 9000 + 1000))
                .put("unitNumber", property.path("unitNumber").asText())
                .put("certificateNo", "鲁(2026)高唐县不动产权第0099999号")
                .put("address", property.path("address").asText())
                .put("divisionCode", "371526").put("transferDate", "2026-11-25").put("price", "650000.00");
        data.set("newOwner", buyer.deepCopy());
        data.set("previousOwner", property.path("owner").deepCopy());
        return event;
    }

    private List<JsonNode> smsTo(String phone) {
        JsonNode all = json(sims().get().uri("/_sim/sms/messages").retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        all.forEach(m -> {
            if (m.toString().contains(phone)) {
                out.add(m);
            }
        });
        return out;
    }

    /** How many transfer requests {@code agency} received about the unit. */
    private long transferCalls(String agency, String unitNumber) {
        return receivedAbout(agency, unitNumber).stream()
                .filter(r -> "POST".equals(r.path("method").asText())).count();
    }

    private static List<String> fields(JsonNode obligation) {
        List<String> out = new ArrayList<>();
        obligation.path("fields").forEach(f -> out.add(f.asText()));
        return out;
    }
}
