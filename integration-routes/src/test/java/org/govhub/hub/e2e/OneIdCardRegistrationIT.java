package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * M8 end to end: the buyer at real estate's window with only an ID card; housing shares the
 * filing (real estate completes the registration with it, tax gets its base); public security
 * and civil affairs share the household and the marriage status with tax only with the buyer's
 * consent, recorded by real estate. The providers' events are handed in with their own tokens,
 * as their simulators prepared them. Each test uses its own buyer of seed/gaotang-newhousing.json.
 */
class OneIdCardRegistrationIT extends EndToEndSupport {

    static final Duration STEP = Duration.ofSeconds(60);
    static final String PURPOSE = "deed-tax-relief-check";

    @Test
    void withTheBuyersConsentEachRecipientGetsExactlyItsFields() {
        JsonNode filing = filing(1);
        JsonNode buyer = filing.path("buyer");
        String applicationNo = applicationNo();
        for (String recipient : List.of("publicsecurity", "civil", "tax")) {
            consent(buyer, recipient);
        }

        String requested = accepted(postEventAs("realestate", request(applicationNo, filing).toString()));
        JsonNode asked = awaitSettled(requested, 3);
        for (String provider : List.of("housing", "publicsecurity", "civil")) {
            assertThat(obligation(asked, provider).path("status").asText()).as(provider).isEqualTo("APPLIED");
        }
        assertThat(keys(body("housing", applicationNo))).containsExactlyInAnyOrder("requestId", "applicationNo",
                "unitNumber", "buyer.name", "buyer.idType", "buyer.idNumber");
        assertThat(keys(body("publicsecurity", applicationNo))).containsExactlyInAnyOrder("sqbh", "ywbh", "xm", "sfzh");
        assertThat(keys(body("civil", applicationNo))).containsExactlyInAnyOrder("request_id", "application_no", "name",
                "id_number");

        // Each provider shares what its simulator prepared, as its own event.
        String filed = accepted(postEventAs("housing", event("housing", "gov.housing.sale-contract-filing-shared.v1",
                share("housing", applicationNo)).toString()));
        String household = accepted(postEventAs("publicsecurity", event("publicsecurity",
                "gov.publicsecurity.household-registration-shared.v1", share("publicsecurity", applicationNo)).toString()));
        String marriage = accepted(postEventAs("civil", event("civil", "gov.civil.marriage-status-shared.v1",
                share("civil", applicationNo)).toString()));

        JsonNode filingStep = awaitSettled(filed, 2);
        assertThat(obligation(filingStep, "realestate").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(filingStep, "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(awaitSettled(household, 1), "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(awaitSettled(marriage, 1), "tax").path("status").asText()).isEqualTo("APPLIED");

        JsonNode recorded = single(json(sims().get().uri("/_sim/realestate/new-housing-filings").retrieve().body(String.class)),
                applicationNo, "applicationNo");
        assertThat(keys(recorded)).containsExactlyInAnyOrder("commandId", "applicationNo", "filingNo", "unitNumber",
                "address", "area", "price", "signedOn", "developer.name", "developer.idType", "developer.idNumber",
                "buyer.name", "buyer.idType", "buyer.idNumber");
        List<JsonNode> materials = materials(applicationNo);
        assertThat(materials).extracting(m -> m.path("materialType").asText())
                .containsExactlyInAnyOrder("SALE_CONTRACT", "HOUSEHOLD", "MARRIAGE");
        for (JsonNode m : materials) {
            List<String> names = new ArrayList<>();
            m.path("material").fieldNames().forEachRemaining(names::add);
            switch (m.path("materialType").asText()) {
                case "SALE_CONTRACT" -> assertThat(names).as("tax never gets the developer or the address")
                        .containsExactlyInAnyOrder("filing_no", "unit_number", "area", "price", "signed_on", "buyer_name",
                                "buyer_id_number");
                case "HOUSEHOLD" -> assertThat(names).containsExactlyInAnyOrder("person_name", "person_id_number",
                        "household_no", "members");
                default -> assertThat(names).containsExactlyInAnyOrder("person_name", "person_id_number",
                        "marital_status", "spouse_name", "spouse_id_number", "registered_on");
            }
        }
        assertThat(fields(obligation(exchange(household), "tax"))).containsExactlyInAnyOrder("applicationNo",
                "person.name", "person.idNumber", "householdNo", "members");
    }

    @Test
    void withoutConsentPublicSecurityAndCivilAffairsAreAskedNothingAndTaxGetsNothingOfThatClass() {
        JsonNode filing = filing(2);
        String applicationNo = applicationNo();

        String requested = accepted(postEventAs("realestate", request(applicationNo, filing).toString()));

        JsonNode asked = awaitSettled(requested, 3);
        assertThat(obligation(asked, "housing").path("status").asText()).isEqualTo("APPLIED");
        for (String provider : List.of("publicsecurity", "civil")) {
            JsonNode o = obligation(asked, provider);
            assertThat(o.path("status").asText()).as(provider).isEqualTo("NOT_APPLICABLE");
            assertThat(o.path("reasonCode").asText()).as(provider).isEqualTo("NO_CONSENT");
            assertThat(receivedAbout(provider, applicationNo)).as(provider + " received nothing").isEmpty();
        }
        // A household shared anyway (nobody asked for it) is refused: tax gets nothing of it.
        ObjectNode unasked = mapper.createObjectNode().put("applicationNo", applicationNo).put("householdNo", "371526001002");
        unasked.set("person", filing.path("buyer"));
        unasked.putArray("members").addObject().put("relation", "SELF").put("name", filing.path("buyer").path("name").asText())
                .put("idNumber", filing.path("buyer").path("idNumber").asText());
        String household = accepted(postEventAs("publicsecurity", event("publicsecurity",
                "gov.publicsecurity.household-registration-shared.v1", unasked).toString()));
        JsonNode refused = obligation(awaitSettled(household, 1), "tax");
        assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.path("reasonCode").asText()).isEqualTo("NOT_REQUESTED");
        assertThat(materials(applicationNo)).isEmpty();
    }

    @Test
    void aConsentRevokedBeforeTheShareArrivesStopsItAtTax() {
        JsonNode filing = filing(3);
        JsonNode buyer = filing.path("buyer");
        String applicationNo = applicationNo();
        consent(buyer, "publicsecurity");
        consent(buyer, "civil");
        String taxConsent = consent(buyer, "tax");
        awaitSettled(accepted(postEventAs("realestate", request(applicationNo, filing).toString())), 3);

        JsonNode revoked = json(hubAs("realestate").post().uri("/api/v1/consents/{id}/revocation", taxConsent)
                .retrieve().body(String.class));
        assertThat(revoked.path("revokedAt").isNull()).isFalse();
        String household = accepted(postEventAs("publicsecurity", event("publicsecurity",
                "gov.publicsecurity.household-registration-shared.v1", share("publicsecurity", applicationNo)).toString()));

        JsonNode tax = obligation(awaitSettled(household, 1), "tax");
        assertThat(tax.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(tax.path("reasonCode").asText()).isEqualTo("NO_CONSENT");
        assertThat(materials(applicationNo)).isEmpty();
    }

    @Test
    void housingWithoutAFiledContractRefusesAndAShareForAnUnknownApplicationIsRefused() {
        JsonNode seed = newHousingSeed();
        ObjectNode unfiled = mapper.createObjectNode().put("unitNumber", seed.path("unfiledUnits").path(0).asText());
        unfiled.set("buyer", seed.path("unfiledBuyers").path(0));
        String applicationNo = applicationNo();
        String requested = accepted(postEventAs("realestate", request(applicationNo, unfiled).toString()));
        JsonNode housing = obligation(awaitSettled(requested, 3), "housing");
        assertThat(housing.path("status").asText()).isEqualTo("REJECTED");
        assertThat(housing.path("reasonCode").asText()).isEqualTo("NO_FILING");

        ObjectNode stray = filing(4).deepCopy();
        stray.put("applicationNo", applicationNo());
        String filed = accepted(postEventAs("housing", event("housing", "gov.housing.sale-contract-filing-shared.v1", stray).toString()));
        JsonNode refused = awaitSettled(filed, 2);
        assertThat(obligation(refused, "realestate").path("reasonCode").asText()).isEqualTo("UNKNOWN_APPLICATION");
        assertThat(obligation(refused, "tax").path("reasonCode").asText()).isEqualTo("UNKNOWN_APPLICATION");
    }

    @Test
    void aBuyerIdNumberWithAnImpossibleBirthDateIsRefusedAtTheDoor() {
        ObjectNode filing = filing(0).deepCopy();
        ((ObjectNode) filing.path("buyer")).put("idNumber", "371526198302304241");
        Response response = postEventAs("realestate", request(applicationNo(), filing).toString());
        assertThat(response.status().value()).isEqualTo(400);
        assertThat(response.body()).contains("/data/buyer/idNumber").contains("resident-id").doesNotContain("371526198302304241");
    }

    @Test
    void theRegistrysWindowAsksAndEachBureausOwnSystemSharesWhatItPrepared() {
        // Filing 0 is otherwise only ever sent with an impossible birth date (refused at the door).
        JsonNode filing = filing(0);
        JsonNode buyer = filing.path("buyer");
        String applicationNo = applicationNo();
        for (String recipient : List.of("publicsecurity", "civil", "tax")) {
            consent(buyer, recipient);
        }

        // The buyer applies at the registry's window; the registry's system asks the hub.
        ObjectNode application = mapper.createObjectNode().put("applicationNo", applicationNo)
                .put("unitNumber", filing.path("unitNumber").asText());
        application.set("buyer", buyer.deepCopy());
        String requested = pushedExchange(simAction("/_sim/realestate/new-housing-registration-requests", application));
        JsonNode asked = awaitSettled(requested, 3);
        for (String provider : List.of("housing", "publicsecurity", "civil")) {
            assertThat(obligation(asked, provider).path("status").asText()).as(provider).isEqualTo("APPLIED");
        }

        // Each bureau's system shares what it prepared, as its own event.
        String filed = pushedExchange(simAction("/_sim/housing/shares/{applicationNo}/push", null, applicationNo));
        String household = pushedExchange(simAction("/_sim/publicsecurity/shares/{applicationNo}/push", null, applicationNo));
        String marriage = pushedExchange(simAction("/_sim/civil/shares/{applicationNo}/push", null, applicationNo));

        JsonNode filingStep = awaitSettled(filed, 2);
        assertThat(obligation(filingStep, "realestate").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(filingStep, "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(awaitSettled(household, 1), "tax").path("status").asText()).isEqualTo("APPLIED");
        assertThat(obligation(awaitSettled(marriage, 1), "tax").path("status").asText()).isEqualTo("APPLIED");
        JsonNode recorded = single(json(sims().get().uri("/_sim/realestate/new-housing-filings").retrieve().body(String.class)),
                applicationNo, "applicationNo");
        assertThat(recorded.path("filingNo").asText()).isEqualTo(share("housing", applicationNo).path("filingNo").asText());
        assertThat(materials(applicationNo)).extracting(m -> m.path("materialType").asText())
                .containsExactlyInAnyOrder("SALE_CONTRACT", "HOUSEHOLD", "MARRIAGE");

        // Sharing again re-sends the same event: the hub takes it as the one it has.
        JsonNode again = simAction("/_sim/housing/shares/{applicationNo}/push", null, applicationNo);
        assertThat(again.path("pushes").asInt()).isEqualTo(2);
        assertThat(pushedExchange(again)).isEqualTo(filed);
    }

    // --- helpers ---

    JsonNode newHousingSeed() {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-newhousing.json")) {
            return mapper.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode filing(int i) {
        return newHousingSeed().path("filings").path(i);
    }

    static String applicationNo() {
        return "XF-" + UUID.randomUUID().toString().substring(0, 18);
    }

    String consent(JsonNode buyer, String recipient) {
        String body = mapper.createObjectNode().put("purpose", PURPOSE).put("subject", buyer.path("idNumber").asText())
                .put("recipient", recipient).put("evidence", "window form " + UUID.randomUUID()).toString();
        return json(hubAs("realestate").post().uri("/api/v1/consents").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(String.class)).path("id").asText();
    }

    ObjectNode request(String applicationNo, JsonNode filing) {
        ObjectNode data = mapper.createObjectNode().put("applicationNo", applicationNo)
                .put("unitNumber", filing.path("unitNumber").asText());
        data.set("buyer", filing.path("buyer").deepCopy());
        return event("realestate", "gov.realestate.new-housing-registration-requested.v1", data);
    }

    ObjectNode event(String source, String type, JsonNode data) {
        ObjectNode event = mapper.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", source).put("type", type).put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** What the provider's simulator prepared to share for the application. */
    JsonNode share(String provider, String applicationNo) {
        JsonNode shares = json(sims().get().uri(u -> u.path("/_sim/" + provider + "/shares")
                .queryParam("applicationNo", applicationNo).build()).retrieve().body(String.class));
        assertThat(shares).as(provider + " prepared one share").hasSize(1);
        return shares.get(0);
    }

    JsonNode body(String agency, String applicationNo) {
        List<JsonNode> requests = receivedAbout(agency, applicationNo);
        assertThat(requests).as(agency + " was asked once").hasSize(1);
        return json(requests.get(0).path("body").asText());
    }

    List<JsonNode> materials(String applicationNo) {
        JsonNode all = json(sims().get().uri(u -> u.path("/_sim/tax/new-housing-materials")
                .queryParam("applicationNo", applicationNo).build()).retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        all.forEach(out::add);
        return out;
    }

    static JsonNode single(JsonNode list, String value, String field) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(n -> {
            if (value.equals(n.path(field).asText())) {
                found.add(n);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    JsonNode awaitSettled(String exchangeId, int obligations) {
        await().atMost(STEP).pollInterval(Duration.ofMillis(200)).until(() -> {
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

    static List<String> keys(JsonNode node) {
        return new ArrayList<>(JudicialTransferTaxIT.keys(node));
    }

    static List<String> fields(JsonNode obligation) {
        return JudicialTransferTaxIT.fields(obligation);
    }
}
