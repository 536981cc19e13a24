package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The operators' scorecard and exchange list after M1 exchanges. */
class ScorecardIT extends EndToEndSupport {

    @Test
    void theScorecardCountsEachAgencysObligationsAndTheirOutcomes() {
        long before = line("M1", "power").path("rejected").asLong();
        String arrears = registerTransfer(17, 2).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(arrears);

        JsonNode power = line("M1", "power");
        assertThat(power.path("volume").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(power.path("onTime").asLong() + power.path("late").asLong() + power.path("pending").asLong())
                .isEqualTo(power.path("volume").asLong());
        assertThat(power.path("applied").asLong() + power.path("rejected").asLong()
                + power.path("notApplicable").asLong() + power.path("failed").asLong() + power.path("pending").asLong())
                .isEqualTo(power.path("volume").asLong());
        assertThat(line("M1", "sms").path("volume").asLong()).isGreaterThanOrEqualTo(1);
        // Property 17 has no arrears: the power obligation of this exchange is no refusal.
        assertThat(power.path("rejected").asLong()).isEqualTo(before);
    }

    @Test
    void theNewestExchangesAreListedWithTheirObligations() {
        String exchangeId = registerTransfer(18, 3).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);

        JsonNode recent = json(hub().get().uri("/api/v1/exchanges?status=COMPLETED&limit=5").retrieve().body(String.class));

        assertThat(recent.size()).isBetween(1, 5);
        assertThat(recent.path(0).path("exchangeId").asText()).isEqualTo(exchangeId);
        assertThat(recent.path(0).path("obligations").size()).isEqualTo(6);
        recent.forEach(x -> assertThat(x.path("status").asText()).isEqualTo("COMPLETED"));
    }

    private JsonNode line(String mandate, String agency) {
        JsonNode card = json(hub().get().uri("/api/v1/scorecard").retrieve().body(String.class));
        for (JsonNode l : card.path("lines")) {
            if (mandate.equals(l.path("mandate").asText()) && agency.equals(l.path("agency").asText())) {
                return l;
            }
        }
        return mapper.createObjectNode();
    }
}
