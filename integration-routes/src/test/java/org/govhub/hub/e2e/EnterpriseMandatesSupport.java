package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the M2 and M3 end-to-end tests share: the Gaotang enterprises the approval bureau, market
 * supervision and the credit platform all know ({@code seed/gaotang-enterprises.json}), CloudEvents
 * handed in with each originating agency's own token, and reading back exactly what each
 * simulated agency received. Each test uses its own enterprises.
 */
abstract class EnterpriseMandatesSupport extends EndToEndSupport {

    /** The seeded enterprise {@code index}. */
    JsonNode enterprise(int index) {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-enterprises.json")) {
            return mapper.readTree(in).path("enterprises").path(index);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {uscc, name, address, divisionCode} of seeded enterprise {@code index}, as events carry it. */
    ObjectNode enterpriseData(int index) {
        JsonNode e = enterprise(index);
        ObjectNode out = mapper.createObjectNode();
        out.put("uscc", e.path("uscc").asText());
        out.put("name", e.path("name").asText());
        out.put("address", e.path("address").asText());
        out.put("divisionCode", e.path("divisionCode").asText());
        return out;
    }

    /** A CloudEvent of {@code type} from {@code source} carrying {@code data}. */
    ObjectNode cloudEvent(String source, String type, JsonNode data) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", source);
        event.put("type", type);
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** Hands the event in as its source agency; the exchange id of the 202. */
    String handIn(ObjectNode event) {
        Response response = postEventAs(event.path("source").asText(), event.toString());
        assertThat(response.status().value()).as(response.body()).isEqualTo(202);
        return json(response.body()).path("exchangeId").asText();
    }

    /** Waits until the exchange is completed and each of {@code agencies} has a final obligation. */
    JsonNode awaitSettled(String exchangeId, String... agencies) {
        await().atMost(COMPLETION).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode x = exchange(exchangeId);
            if (!"COMPLETED".equals(x.path("status").asText()) || !allObligationsFinal(x)) {
                return false;
            }
            for (String agency : agencies) {
                if (x.path("obligations").findValues("recipient").stream().noneMatch(r -> r.asText().equals(agency))) {
                    return false;
                }
            }
            return true;
        });
        return exchange(exchangeId);
    }

    /** The obligation of {@code agency} for {@code command}. */
    static JsonNode obligation(JsonNode exchange, String agency, String command) {
        for (JsonNode o : exchange.path("obligations")) {
            if (agency.equals(o.path("recipient").asText()) && command.equals(o.path("command").asText())) {
                return o;
            }
        }
        throw new AssertionError("no obligation for " + agency + "/" + command + " in " + exchange);
    }

    /** The JSON bodies {@code agency} received on {@code pathPart} whose body mentions {@code marker}. */
    List<JsonNode> bodiesReceived(String agency, String pathPart, String marker) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : received(agency)) {
            if (e.path("path").asText().contains(pathPart) && e.path("body").asText().contains(marker)) {
                out.add(json(e.path("body").asText()));
            }
        }
        return out;
    }

    /** Every field name of a JSON object, nested ones as dotted paths (array items not descended into). */
    static TreeSet<String> fieldSet(JsonNode node) {
        TreeSet<String> out = new TreeSet<>();
        collect("", node, out);
        return out;
    }

    private static void collect(String prefix, JsonNode node, TreeSet<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = prefix + f.getKey();
            if (f.getValue().isObject()) {
                collect(name + ".", f.getValue(), out);
            } else {
                out.add(name);
            }
        }
    }

    JsonNode simState(String path) {
        return json(sims().get().uri(path).retrieve().body(String.class));
    }

    void outage(String agency, int seconds) {
        sims().post().uri("/_sim/{agency}/faults?outageSeconds={s}", agency, seconds).retrieve().toBodilessEntity();
    }

    void clearFaults(String agency) {
        sims().delete().uri("/_sim/{agency}/faults", agency).retrieve().toBodilessEntity();
    }
}
