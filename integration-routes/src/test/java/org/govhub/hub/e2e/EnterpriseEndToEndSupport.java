package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * What the M4 and M5 end-to-end tests share: the enterprises of
 * {@code seed/gaotang-enterprises-m4m5.json}, the approval bureau's registration system as
 * its window clerk uses it, and reading back what each agency received. The same hub and
 * simulators as every other end-to-end class (no configuration of its own).
 */
abstract class EnterpriseEndToEndSupport extends EndToEndSupport {

    static final List<String> ALL_SERVICES = List.of("TAX_REGISTRATION", "INVOICE", "SEAL", "SOCIAL_INSURANCE",
            "BANK_ACCOUNT");

    /** The M4/M5 seed as the simulators hold it. */
    JsonNode enterprises() {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-enterprises-m4m5.json")) {
            return mapper.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode application(int i) {
        return enterprises().path("applications").path(i);
    }

    JsonNode registered(int i) {
        return enterprises().path("registered").path(i);
    }

    /** The registration system's API with the development token the simulators run with. */
    RestClient approval() {
        String token = Objects.requireNonNullElse(System.getenv("GOVHUB_APPROVAL_API_TOKEN"), "dev-approval-token");
        return TestHttp.builder().baseUrl(SIMULATORS.baseUrl() + "/approval/api/v1")
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    /**
     * Registers seeded application {@code i} at the approval bureau with {@code services}; with
     * {@code authorised}, the enterprise's authorisation for its bank goes with it.
     */
    JsonNode register(int i, List<String> services, boolean authorised) {
        ObjectNode request = application(i).deepCopy();
        request.remove(List.of("divisionCode", "establishedDate"));
        request.set("services", mapper.valueToTree(services));
        if (authorised) {
            request.putObject("bankAuthorisation").put("evidence", "YCT-SQ-TEST-" + i);
        }
        return json(approval().post().uri("/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(request.toString()).retrieve().body(String.class));
    }

    /** Deregisters the enterprise with this code at the approval bureau. */
    JsonNode deregister(String uscc, String procedure) {
        return json(approval().post().uri("/deregistrations").contentType(MediaType.APPLICATION_JSON)
                .body("{\"uscc\":\"" + uscc + "\",\"procedure\":\"" + procedure
                        + "\",\"reason\":\"VOLUNTARY_DISSOLUTION\"}")
                .retrieve().body(String.class));
    }

    static String accepted(JsonNode kase) {
        JsonNode delivery = kase.path("hubDelivery");
        assertThat(delivery.path("status").asText()).as("hub accepted the event: " + delivery).isEqualTo("ACCEPTED");
        return delivery.path("exchangeId").asText();
    }

    /** Waits until every recipient answered and the approval bureau's report is final too. */
    JsonNode awaitSettled(String exchangeId, int obligations) {
        await().atMost(COMPLETION).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode x = exchange(exchangeId);
            return "COMPLETED".equals(x.path("status").asText()) && x.path("obligations").size() == obligations
                    && allObligationsFinal(x);
        });
        return exchange(exchangeId);
    }

    /** Requests {@code agency} received whose body or path mentions {@code marker}, bodies parsed. */
    List<JsonNode> bodiesAbout(String agency, String marker) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : receivedAbout(agency, marker)) {
            JsonNode body = json(r.path("body").asText());
            // At the registration system, only the hub's reports: not the window's own registrations.
            if (!"approval".equals(agency) || body.has("commandId")) {
                out.add(body);
            }
        }
        return out;
    }

    /** Every field path in a JSON object, nested objects as {@code a.b}; arrays are leaves. */
    static Set<String> paths(JsonNode node) {
        Set<String> out = new TreeSet<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, Set<String> out) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode v = node.get(name);
            if (v.isObject()) {
                collect(v, prefix + name + ".", out);
            } else {
                out.add(prefix + name);
            }
        }
    }

    static List<String> fields(JsonNode obligation) {
        List<String> out = new ArrayList<>();
        obligation.path("fields").forEach(f -> out.add(f.asText()));
        return out;
    }

    void fault(String agency, String query) {
        sims().post().uri("/_sim/" + agency + "/faults?" + query).retrieve().toBodilessEntity();
    }

    void clearFault(String agency) {
        sims().delete().uri("/_sim/{agency}/faults", agency).retrieve().toBodilessEntity();
    }

    JsonNode approvalCase(String path) {
        return json(approval().get().uri(path).retrieve().body(String.class));
    }

    JsonNode simState(String path) {
        return json(sims().get().uri(path).retrieve().body(String.class));
    }

    /** The one step of {@code agency} in an outcome report. */
    static JsonNode step(JsonNode outcome, String agency) {
        for (JsonNode s : outcome.path("steps")) {
            if (agency.equals(s.path("agency").asText())) {
                return s;
            }
        }
        throw new AssertionError("no step of " + agency + " in " + outcome);
    }

    /** The one request body in {@code bodies}. */
    static JsonNode only(List<JsonNode> bodies) {
        assertThat(bodies).hasSize(1);
        return bodies.get(0);
    }
}
