package org.govhub.hub.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The hub as it runs (embedded Artemis and PostgreSQL, every connector) against the real
 * simulators over HTTP, on loopback. Retries are shortened so that an outage of a few seconds
 * is ridden out within a test. Every end-to-end class shares this one configuration, so they
 * share one hub (the port is fixed: the real-estate simulator pushes to it).
 * Given {@code govhub.it.broker-url}, the same tests run against
 * that standalone Artemis instead ({@link StandaloneBroker}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// Metrics are exported as in production: operators' view is under test too.
@AutoConfigureObservability(tracing = false)
abstract class EndToEndSupport {

    static final Duration COMPLETION = Duration.ofSeconds(60);

    @Autowired
    ObjectMapper mapper;

    static final Simulators SIMULATORS = Simulators.get();

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        Path data = java.nio.file.Files.createTempDirectory("govhub-e2e");
        registry.add("server.port", SIMULATORS::hubPort);
        registry.add("govhub.data-dir", data::toString);
        for (String agency : List.of("realestate", "water", "power", "gas", "heat", "sms",
                // M2-M5
                "approval", "tax", "publicsecurity", "hrss", "bank", "market", "credit",
                // M7, M8
                "court", "housing", "civil")) {
            registry.add("govhub.connectors." + agency + ".base-url", () -> SIMULATORS.baseUrl() + "/" + agency);
            // Short enough that a test can make an agency time out and be retried.
            registry.add("govhub.connectors." + agency + ".read-timeout", () -> "3s");
        }
        // M6's agencies.
        for (String agency : List.of("telecom", "drainage")) {
            registry.add("govhub.connectors." + agency + ".base-url", () -> SIMULATORS.baseUrl() + "/" + agency);
            registry.add("govhub.connectors." + agency + ".read-timeout", () -> "3s");
        }
        registry.add("govhub.connectors.credit-subscribers.base-url", () -> SIMULATORS.baseUrl() + "/subscribers");
        registry.add("govhub.connectors.credit-subscribers.read-timeout", () -> "3s");
        registry.add("govhub.connectors.retry.maximum-redeliveries", () -> "10");
        registry.add("govhub.connectors.retry.initial-delay-ms", () -> "200");
        registry.add("govhub.connectors.retry.maximum-delay-ms", () -> "1000");
        // Shortened like the retries: a breaker that opens during a test outage tries again soon.
        registry.add("govhub.connectors.circuit-breaker.open-for", () -> "2s");
        TestClients.register(registry);
        StandaloneBroker.register(registry);
    }

    /** Tokens of the hub's embedded issuer, as the realm's clients get them. */
    static final TestClients.Tokens TOKENS = TestClients.Tokens.embedded(SIMULATORS.hubPort());

    /** The hub as an operator sees it: every exchange. */
    RestClient hub() {
        return hubAs("govhub-operator");
    }

    /** The hub with a token of the realm client {@code client}. */
    RestClient hubAs(String client) {
        return TestHttp.builder().baseUrl("http://127.0.0.1:" + SIMULATORS.hubPort())
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(TOKENS.token(client));
                    return execution.execute(request, body);
                })
                .build();
    }

    RestClient sims() {
        return TestHttp.builder().baseUrl(SIMULATORS.baseUrl()).build();
    }

    JsonNode json(String body) {
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The Gaotang seed as the simulators hold it. */
    JsonNode seed() {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-seed.json")) {
            return mapper.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers the sale of seeded property {@code property} to seeded buyer {@code buyer} at real estate. */
    JsonNode registerTransfer(int property, int buyer) {
        JsonNode seed = seed();
        Map<String, Object> request = Map.of(
                "unitNumber", seed.path("properties").path(property).path("unitNumber").asText(),
                "buyer", mapper.convertValue(seed.path("buyers").path(buyer), Map.class),
                "price", "650000.00");
        // The registry's API wants the token it issued; the simulators run with the development one.
        String body = sims().post().uri("/realestate/api/v1/transfers").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + Objects.requireNonNullElse(
                        System.getenv("GOVHUB_REALESTATE_API_TOKEN"), "dev-realestate-token"))
                .body(request).retrieve().body(String.class);
        return json(body);
    }

    JsonNode exchange(String exchangeId) {
        return json(hub().get().uri("/api/v1/exchanges/{id}", exchangeId).retrieve().body(String.class));
    }

    JsonNode awaitCompleted(String exchangeId) {
        await().atMost(COMPLETION).pollInterval(Duration.ofMillis(200))
                .until(() -> "COMPLETED".equals(exchange(exchangeId).path("status").asText())
                        && exchange(exchangeId).path("obligations").size() >= 6
                        && allObligationsFinal(exchange(exchangeId)));
        return exchange(exchangeId);
    }

    static boolean allObligationsFinal(JsonNode exchange) {
        for (JsonNode o : exchange.path("obligations")) {
            if ("PENDING".equals(o.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    static JsonNode obligation(JsonNode exchange, String recipient) {
        for (JsonNode o : exchange.path("obligations")) {
            if (recipient.equals(o.path("recipient").asText())) {
                return o;
            }
        }
        throw new AssertionError("no obligation for " + recipient + " in " + exchange);
    }

    /** What a simulated agency received, as it arrived. */
    List<JsonNode> received(String agency) {
        JsonNode entries = json(sims().get().uri("/_sim/{agency}/requests", agency).retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        entries.forEach(out::add);
        return out;
    }

    /** Requests to {@code agency} whose raw body mentions {@code marker} (a unit number, an address). */
    List<JsonNode> receivedAbout(String agency, String marker) {
        return received(agency).stream().filter(e -> e.path("body").asText().contains(marker)
                || e.path("path").asText().contains(marker)).toList();
    }

    /** Posts a CloudEvent to the hub as real estate; returns the status and the body. */
    Response postEvent(String cloudEvent) {
        return postEventAs("realestate", cloudEvent);
    }

    Response postEventAs(String client, String cloudEvent) {
        return hubAs(client).post().uri("/api/v1/events")
                .contentType(MediaType.parseMediaType("application/cloudevents+json"))
                .body(cloudEvent)
                .exchange((req, res) -> new Response(res.getStatusCode(),
                        res.getHeaders().getContentType() == null ? null : res.getHeaders().getContentType().toString(),
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    record Response(HttpStatusCode status, String contentType, String body) {
    }

    // --- the originating agencies' own systems (each simulator's business action pushes its event) ---

    /**
     * Does a business action on an agency's simulated system ({@code POST path}, with a JSON body
     * or none), which records it and pushes the agency's event to the hub: the originated event
     * with the hub's answer ({@code hubDelivery}).
     */
    JsonNode simAction(String path, Object body, Object... uriVariables) {
        var request = sims().post().uri(path, uriVariables);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body.toString());
        }
        return json(request.retrieve().body(String.class));
    }

    /** The exchange the hub opened for an event an agency's system pushed, asserting the hub accepted it. */
    static String pushedExchange(JsonNode originated) {
        JsonNode delivery = originated.path("hubDelivery");
        org.assertj.core.api.Assertions.assertThat(delivery.path("status").asText())
                .as("the hub accepted the agency's push: " + delivery).isEqualTo("ACCEPTED");
        return delivery.path("id").asText();
    }

    /** What the agency's system pushed to the hub and the hub's answers, oldest first. */
    List<JsonNode> pushesOf(String agency) {
        JsonNode all = json(sims().get().uri("/_sim/hub/pushes?agency={agency}", agency).retrieve().body(String.class));
        List<JsonNode> out = new ArrayList<>();
        all.forEach(out::add);
        return out;
    }
}
