package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What operators see in Prometheus after M1 runs: per mandate and agency, with no personal
 * data in any label, in a format promtool accepts.
 */
class OperatorMetricsIT extends EndToEndSupport {

    @Test
    void anM1ExchangeShowsUpPerMandateAndAgency() {
        String exchangeId = registerTransfer(11, 8).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);

        await().atMost(COMPLETION).until(() -> value(metrics(),
                "govhub_exchanges_completed_seconds_count", "mandate=\"M1\"") >= 1);
        String metrics = metrics();
        assertThat(value(metrics, "govhub_exchanges_accepted_total", "mandate=\"M1\"")).isGreaterThanOrEqualTo(1);
        for (String utility : List.of("water", "power", "gas", "heat")) {
            assertThat(sumOf(metrics, "govhub_obligations_settled_total", "agency=\"" + utility + "\""))
                    .as(utility).isGreaterThanOrEqualTo(1);
            assertThat(sumOf(metrics, "govhub_obligation_latency_seconds_count", "agency=\"" + utility + "\""))
                    .as(utility).isGreaterThanOrEqualTo(1);
        }
        assertThat(metrics).contains("camel_exchanges_total{", "route_id=\"m1-property-transfer-utilities\"");
        // Every route's inflight gauge (RouteInflightGauges), with Camel's name and tags.
        for (String route : List.of("m1-property-transfer-utilities", "results-collector", "water-sink-account-transfer")) {
            assertThat(sumOf(metrics, "camel_exchanges_inflight", "route_id=\"" + route + "\"")).as(route)
                    .isGreaterThanOrEqualTo(0);
            assertThat(metrics).containsPattern("camel_exchanges_inflight\\{[^}]*route_id=\"" + route + "\"");
        }
        // Camel's exchange event notifier is off (it searched the registry on every exchange).
        assertThat(metrics).doesNotContain("camel_exchanges_last_timestamp", "camel_exchange_event_notifier");
        // One circuit breaker per agency, closed after a run that went through.
        assertThat(value(metrics, "resilience4j_circuitbreaker_state", "name=\"water\",state=\"closed\"")).isEqualTo(1);
    }

    @Test
    void camelsDeveloperConsoleShowsTheRoutes() {
        String routes = hub().get().uri("/actuator/camel/route").retrieve().body(String.class);
        assertThat(routes).contains("m1-property-transfer-utilities", "results-collector", "water-sink-account-transfer");
    }

    @Test
    void noLabelCarriesPersonalData() {
        awaitCompleted(registerTransfer(12, 9).path("hubDelivery").path("exchangeId").asText());
        String metrics = metrics();
        JsonNode seed = seed();
        List<JsonNode> people = new ArrayList<>();
        seed.path("properties").forEach(p -> people.add(p.path("owner")));
        seed.path("buyers").forEach(people::add);
        for (JsonNode person : people) {
            assertThat(metrics).doesNotContain(person.path("idNumber").asText(), person.path("phone").asText(),
                    person.path("name").asText());
        }
    }

    @Test
    void promtoolAcceptsTheExposition() throws Exception {
        if (promtool() == null) {
            assertThat(System.getenv("GOVHUB_REQUIRE_PROMTOOL"))
                    .as("promtool is required here (GOVHUB_REQUIRE_PROMTOOL is set) but not on the PATH").isNull();
            Assumptions.abort("promtool not on the PATH (Debian package prometheus); .ci/run installs and requires it");
        }
        Path exposition = Files.createTempFile("govhub-metrics", ".txt");
        Files.writeString(exposition, metrics());
        Process check = new ProcessBuilder(promtool(), "check", "metrics").redirectInput(exposition.toFile())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(out).isZero();
    }

    private String metrics() {
        return hub().get().uri("/actuator/prometheus").retrieve().body(String.class);
    }

    private static String promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "promtool");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}. */
    static double value(String metrics, String name, String label) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    static double sumOf(String metrics, String name, String label) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(label)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
