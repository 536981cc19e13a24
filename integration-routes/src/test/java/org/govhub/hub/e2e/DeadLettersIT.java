package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;

/**
 * Dead letters for operators through {@code /api/v1/dead-letters}: a command whose agency stayed
 * down past every retry is dead-lettered with its original bytes and the reason, and a replay
 * carries it out once; poison is quarantined at once and can be discarded with a note. Every
 * action is recorded, a replay also in the audit log, and asking again changes nothing.
 */
class DeadLettersIT extends EndToEndSupport {

    static final String GAS_DLQ = "DLQ.agency.gas.account-transfer.v1";
    static final String WATER_QUEUE = "agency.water.account-transfer.v1";

    @Autowired
    JmsTemplate jms;

    @Test
    void aCommandWhoseAgencyStayedDownIsDeadLetteredAndAReplayCarriesItOutOnce() {
        String exchangeId;
        JsonNode letter;
        sims().post().uri("/_sim/gas/faults?outageSeconds=120").retrieve().toBodilessEntity();
        try {
            exchangeId = registerTransfer(21, 10).path("hubDelivery").path("exchangeId").asText();
            await().atMost(COMPLETION).until(() -> "FAILED".equals(status(exchangeId, "gas")));
            letter = await().atMost(COMPLETION).until(() -> deadLetterOf(exchangeId, GAS_DLQ), l -> l != null);
        } finally {
            sims().delete().uri("/_sim/gas/faults").retrieve().toBodilessEntity();
        }
        assertThat(letter.path("reason").asText()).startsWith("AGENCY_UNAVAILABLE");
        assertThat(letter.path("targetQueue").asText()).isEqualTo("agency.gas.account-transfer.v1");
        assertThat(letter.has("body") && !letter.path("body").isNull()).as("a listing carries no bodies").isFalse();

        String id = letter.path("id").asText();
        JsonNode inspected = json(hub().get().uri("/api/v1/dead-letters/{id}", id).retrieve().body(String.class));
        JsonNode original = json(inspected.path("body").asText());
        assertThat(original.path("commandId").asText()).isEqualTo(exchangeId + ":M1:gas:account-transfer");
        assertThat(original.path("recipient").asText()).isEqualTo("gas");

        JsonNode replay = post("/api/v1/dead-letters/" + id + "/replay", "{\"note\":\"gas is back\"}");
        assertThat(replay.path("action").asText()).isEqualTo("REPLAY");
        assertThat(replay.path("repeated").asBoolean()).isFalse();
        await().atMost(COMPLETION).until(() -> !"FAILED".equals(status(exchangeId, "gas")));
        assertThat(status(exchangeId, "gas")).isIn("APPLIED", "NOT_APPLICABLE");

        JsonNode again = post("/api/v1/dead-letters/" + id + "/replay", null);
        assertThat(again.path("repeated").asBoolean()).as("a second replay is the first one's record").isTrue();
        assertThat(again.path("id").asText()).isEqualTo(replay.path("id").asText());
        assertThat(postStatus("/api/v1/dead-letters/" + id + "/discard", "{\"note\":\"x\"}")).isEqualTo(409);
        assertThat(deadLetterOf(exchangeId, GAS_DLQ)).as("gone from the dead-letter queue").isNull();
        // The journal holds every attempt as it arrived (the 503s too); gas's own record of the
        // transfers it applied holds this exchange once: the replay's.
        JsonNode applied = json(sims().get().uri("/_sim/gas/transfers").retrieve().body(String.class));
        long gasTransfers = java.util.stream.StreamSupport.stream(applied.path("transfers").isMissingNode()
                ? applied.spliterator() : applied.path("transfers").spliterator(), false)
                .filter(t -> t.toString().contains(exchangeId)).count();
        assertThat(gasTransfers).as("the 503s never reached gas's logic; the replay did, once").isEqualTo(1);
        assertThat(json(hub().get().uri("/api/v1/dead-letters/actions").retrieve().body(String.class)).toString())
                .contains(id);

        // The replay is in the hash-chained audit log once (the repeat added nothing): who, what, why.
        List<JsonNode> replays = new ArrayList<>();
        json(hub().get().uri("/api/v1/audit/exchanges/{id}", exchangeId).retrieve().body(String.class))
                .forEach(r -> {
                    if ("REPLAY".equals(r.path("kind").asText())) {
                        replays.add(r);
                    }
                });
        assertThat(replays).hasSize(1);
        assertThat(replays.get(0).path("agency").asText()).isEqualTo("gas");
        assertThat(replays.get(0).path("mandate").asText()).isEqualTo("M1");
        assertThat(replays.get(0).path("detail").asText())
                .isEqualTo("by=govhub-operator; message=" + id + "; from=" + GAS_DLQ + "; to=agency.gas.account-transfer.v1"
                        + "; dlqReason=" + letter.path("reason").asText() + "; note=gas is back");
        assertThat(json(hub().get().uri("/api/v1/audit/verify").retrieve().body(String.class)).path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void poisonIsQuarantinedAtOnceWithItsBytesAndIsDiscardedOnlyWithANote() {
        String marker = UUID.randomUUID().toString();
        String poison = "{\"commandId\": \"" + marker + "\", not json";
        jms.convertAndSend(WATER_QUEUE, poison, m -> {
            m.setStringProperty("govhub_exchange_id", marker);
            return m;
        });

        JsonNode letter = await().atMost(COMPLETION)
                .until(() -> deadLetterOf(marker, "DLQ." + WATER_QUEUE), l -> l != null);
        assertThat(letter.path("reason").asText()).startsWith("INVALID_COMMAND: unreadable JSON");
        assertThat(letter.path("deliveryCount").asInt()).as("not redelivered before quarantine").isLessThanOrEqualTo(1);
        String id = letter.path("id").asText();
        JsonNode inspected = json(hub().get().uri("/api/v1/dead-letters/{id}", id).retrieve().body(String.class));
        assertThat(inspected.path("body").asText()).isEqualTo(poison);
        assertThat(received("water").stream().anyMatch(e -> e.path("body").asText().contains(marker))).isFalse();

        assertThat(postStatus("/api/v1/dead-letters/" + id + "/discard", "{}")).isEqualTo(400);
        JsonNode discard = post("/api/v1/dead-letters/" + id + "/discard", "{\"note\":\"test poison\"}");
        assertThat(discard.path("action").asText()).isEqualTo("DISCARD");
        assertThat(discard.path("note").asText()).isEqualTo("test poison");
        assertThat(deadLetterOf(marker, "DLQ." + WATER_QUEUE)).isNull();
        assertThat(postStatus("/api/v1/dead-letters/" + id + "/replay", null)).isEqualTo(409);
        assertThat(postStatus("/api/v1/dead-letters/no-such-letter/replay", null)).isEqualTo(404);
    }

    private String status(String exchangeId, String recipient) {
        return obligation(exchange(exchangeId), recipient).path("status").asText();
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

    private JsonNode post(String path, String body) {
        var req = hub().post().uri(path);
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return json(req.retrieve().body(String.class));
    }

    private int postStatus(String path, String body) {
        var req = hub().post().uri(path);
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return req.exchange((rq, rs) -> {
            new String(rs.getBody().readAllBytes(), StandardCharsets.UTF_8);
            return rs.getStatusCode().value();
        });
    }
}
