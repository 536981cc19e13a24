package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Poison at the door: an oversize event (413), or one not in UTF-8 (400), is refused at once with a problem
 * document naming the rule, and nothing of it is recorded or sent on (the agency keeps its bytes
 * and gets the reason). Invalid JSON and schema violations are covered by PropertyTransferUtilitiesIT.
 */
class PoisonEventsIT extends EndToEndSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOversizeEventIsRefusedWithItsSize() {
        ObjectNode event = event();
        ((ObjectNode) event.path("data")).put("address", "高唐县".repeat(100_000));
        Result r = post(event.toString().getBytes(StandardCharsets.UTF_8), "application/cloudevents+json");
        // The ingress limit answers before the body is parsed (IngressLimitsIT has the details).
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(json(r.body()).path("type").asText()).isEqualTo("https://govhub.org/problems/payload-too-large");
        assertThat(jdbc.queryForObject("select count(*) from exchange where event_id = ?", Integer.class,
                event.path("id").asText())).isZero();
    }

    @Test
    void anEventInUtf16OrLatin1IsRefusedNotGarbled() {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE}) {
            ObjectNode event = event();
            assertRefused(post(event.toString().getBytes(cs), "application/cloudevents+json"), "charset",
                    event.path("id").asText());
        }
        ObjectNode latin = event();
        ((ObjectNode) latin.path("data")).put("address", "Gaotang Straße 1");
        assertRefused(post(latin.toString().getBytes(StandardCharsets.ISO_8859_1), "application/cloudevents+json"),
                "charset", latin.path("id").asText());
        ObjectNode declared = event();
        assertRefused(post(declared.toString().getBytes(StandardCharsets.UTF_8),
                "application/cloudevents+json;charset=ISO-8859-1"), "charset", declared.path("id").asText());
    }

    private void assertRefused(Result r, String rule, String eventId) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        JsonNode problem = json(r.body());
        assertThat(problem.path("violations").path(0).path("rule").asText()).isEqualTo(rule);
        assertThat(jdbc.queryForObject("select count(*) from exchange where event_id = ?", Integer.class, eventId))
                .isZero();
    }

    private ObjectNode event() {
        JsonNode seed = seed();
        JsonNode property = seed.path("properties").path(22);
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "realestate")
                .put("type", "gov.realestate.transfer-registered.v1").put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        data.put("applicationNo", "GT20261125T0001").put("unitNumber", property.path("unitNumber").asText())
                .put("certificateNo", "鲁(2026)高唐县不动产权第0099999号").put("address", property.path("address").asText())
                .put("divisionCode", "371526").put("transferDate", "2026-11-25").put("price", "650000.00");
        data.set("newOwner", seed.path("buyers").path(11).deepCopy());
        data.set("previousOwner", property.path("owner").deepCopy());
        return event;
    }

    record Result(int status, String body) {
    }

    private Result post(byte[] body, String contentType) {
        return hubAs("realestate").post().uri("/api/v1/events").contentType(MediaType.parseMediaType(contentType)).body(body)
                .exchange((req, res) -> new Result(res.getStatusCode().value(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
