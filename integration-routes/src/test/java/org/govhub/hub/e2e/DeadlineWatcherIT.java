package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline timer end to end: heat's consumer is stalled, so its obligation stays pending;
 * once its deadline has passed, the hub's deadline watcher records the breach (shown as
 * {@code breachedAt} on the obligation, counted once in {@code govhub_deadline_breaches_total})
 * while the obligation is still pending, keeps tracking it, and does not count it again when
 * heat's outcome finally arrives late. (Several watchers on several instances:
 * scaleout.TwoInstancesIT.)
 */
class DeadlineWatcherIT extends EndToEndSupport {

    @Autowired
    CamelContext camel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void anObligationPendingPastItsDeadlineIsRecordedAsBreachedOnceAndTrackedToItsEnd() throws Exception {
        double before = heatBreaches();
        String id;
        String breachedAt;
        camel.getRouteController().suspendRoute("heat-sink-account-transfer");
        try {
            JsonNode transfer = registerTransfer(23, 11);
            assertThat(transfer.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
            id = transfer.path("hubDelivery").path("exchangeId").asText();
            await().atMost(COMPLETION).until(() -> List.of("water", "power", "gas").stream()
                    .noneMatch(r -> "PENDING".equals(status(exchange(id), r))) && has(exchange(id), "heat"));
            assertThat(status(exchange(id), "heat")).isEqualTo("PENDING");
            assertThat(obligation(exchange(id), "heat").path("breachedAt").isNull()).isTrue();

            // M1's deadline is days; time passes here by moving heat's deadline into the past,
            // as the clock would (the deadline itself, working days and all, is the mandate's).
            jdbc.update("update obligation set due_at = now() - interval '1 second' where exchange_id = ? and recipient = 'heat'",
                    UUID.fromString(id));

            await().atMost(COMPLETION).until(() -> !obligation(exchange(id), "heat").path("breachedAt").isNull());
            JsonNode heat = obligation(exchange(id), "heat");
            assertThat(heat.path("status").asText()).as("a breach is recorded, not a settlement").isEqualTo("PENDING");
            breachedAt = heat.path("breachedAt").asText();
            assertThat(heatBreaches()).isEqualTo(before + 1);
            for (String onTime : List.of("water", "power", "gas")) {
                assertThat(obligation(exchange(id), onTime).path("breachedAt").isNull()).as(onTime).isTrue();
            }
        } finally {
            camel.getRouteController().resumeRoute("heat-sink-account-transfer");
        }

        JsonNode done = awaitCompleted(id);
        JsonNode heat = obligation(done, "heat");
        assertThat(heat.path("status").asText()).isIn("APPLIED", "REJECTED", "NOT_APPLICABLE");
        assertThat(heat.path("breachedAt").asText()).as("the first record of the breach stands").isEqualTo(breachedAt);
        assertThat(heatBreaches()).as("the late outcome does not count the breach again").isEqualTo(before + 1);
    }

    private double heatBreaches() {
        return meters.find("govhub.deadline.breaches").tag("mandate", "M1").tag("agency", "heat").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static boolean has(JsonNode exchange, String recipient) {
        for (JsonNode o : exchange.path("obligations")) {
            if (recipient.equals(o.path("recipient").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String status(JsonNode exchange, String recipient) {
        return has(exchange, recipient) ? obligation(exchange, recipient).path("status").asText() : "PENDING";
    }
}
