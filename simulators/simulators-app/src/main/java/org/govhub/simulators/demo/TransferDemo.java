package org.govhub.simulators.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Shows a person what M1 does, against a running hub and simulators: real estate registers the
 * sale of a seeded Gaotang property, the hub moves the water, power, gas and heat accounts, the
 * new owner gets one SMS, and real estate gets the combined outcome. Run by {@code ./govhub}.
 *
 * <p>Arguments: {@code [property-index] [buyer-index]} into the seed data set. ID numbers and
 * phone numbers are masked in what it prints.
 */
public final class TransferDemo {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String hub;
    private final String sims;
    private final String tokenUrl;
    private String token;

    private TransferDemo(String hub, String sims, String tokenUrl) {
        this.hub = hub;
        this.sims = sims;
        this.tokenUrl = tokenUrl;
    }

    public static void main(String[] args) throws Exception {
        int property = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int buyer = args.length > 1 ? Integer.parseInt(args[1]) : property % 12;
        String hub = System.getProperty("govhub.hub-url", "http://127.0.0.1:8080");
        TransferDemo demo = new TransferDemo(hub, System.getProperty("govhub.simulators-url", "http://127.0.0.1:8090"),
                System.getProperty("govhub.token-url", hub + "/oauth2/token"));
        System.exit(demo.run(property, buyer));
    }

    private int run(int propertyIndex, int buyerIndex) throws Exception {
        waitUntilUp(hub + "/actuator/health", "hub");
        waitUntilUp(sims + "/actuator/health", "simulators");
        JsonNode seed;
        try (var in = TransferDemo.class.getResourceAsStream("/seed/gaotang-seed.json")) {
            seed = MAPPER.readTree(in);
        }
        JsonNode property = seed.path("properties").path(propertyIndex);
        JsonNode buyer = seed.path("buyers").path(buyerIndex);
        if (property.isMissingNode() || buyer.isMissingNode()) {
            System.err.println("no property " + propertyIndex + " or buyer " + buyerIndex + " in the seed ("
                    + seed.path("properties").size() + " properties, " + seed.path("buyers").size() + " buyers)");
            return 2;
        }
        String unit = property.path("unitNumber").asText();
        JsonNode before = get(sims + "/realestate/api/v1/units/" + unit);
        System.out.printf("%nReal estate registers a transfer of unit %s%n  %s%n  from %s to %s (ID %s, phone %s)%n",
                unit, property.path("address").asText(), mask(before.path("owner").path("name").asText()),
                mask(buyer.path("name").asText()), maskId(buyer.path("idNumber").asText()),
                maskPhone(buyer.path("phone").asText()));

        JsonNode transfer = post(sims + "/realestate/api/v1/transfers", Map.of(
                "unitNumber", unit, "buyer", MAPPER.convertValue(buyer, Map.class), "price", "650000.00"));
        JsonNode delivery = transfer.path("hubDelivery");
        System.out.printf("  application %s registered; event pushed to the hub: %s%n",
                transfer.path("applicationNo").asText(), delivery.path("status").asText());
        if (!"ACCEPTED".equals(delivery.path("status").asText())) {
            System.err.println("  the hub did not accept the event: " + delivery.path("detail").asText());
            return 1;
        }
        String exchangeId = delivery.path("exchangeId").asText();
        Instant start = Instant.now();
        JsonNode exchange = awaitDone(exchangeId);
        System.out.printf("%nExchange %s: %s (%s) in %d ms%n", exchangeId, exchange.path("status").asText(),
                exchange.path("outcome").asText(), Duration.between(start, Instant.now()).toMillis());
        for (JsonNode o : exchange.path("obligations")) {
            System.out.printf("  %-10s %-18s %-15s %s%n", o.path("recipient").asText(), o.path("command").asText(),
                    o.path("status").asText(), o.path("reasonCode").asText(""));
        }
        System.out.println("\nThe utilities' accounts at that address now:");
        String address = property.path("address").asText();
        for (String utility : new String[] {"water", "power", "gas", "heat"}) {
            JsonNode account = null;
            for (JsonNode a : get(sims + "/_sim/" + utility + "/accounts")) {
                if (address.equals(a.path("address").asText())) {
                    account = a;
                }
            }
            if (account == null) {
                System.out.printf("  %-6s no account at this address%n", utility);
            } else {
                System.out.printf("  %-6s account %-16s holder %-6s transfers so far: %d%n", utility,
                        account.has("accountNo") ? account.path("accountNo").asText() : account.path("yhbh").asText(),
                        mask(account.path("holder").path("name").asText()), account.path("transferCount").asInt());
            }
        }
        System.out.println("\nSMS sent to the new owner:");
        for (JsonNode m : get(sims + "/_sim/sms/messages")) {
            if (m.toString().contains(buyer.path("phone").asText())) {
                System.out.printf("  to %s: %s%n", maskPhone(buyer.path("phone").asText()), m.path("text").asText());
            }
        }
        System.out.printf("%nFollow it (with a token, see the README): curl -s -H \"Authorization: Bearer $TOKEN\" %s/api/v1/exchanges/%s%n",
                hub, exchangeId);
        System.out.printf("Send another: ./govhub transfer <property 0-%d> <buyer 0-%d>%n",
                seed.path("properties").size() - 1, seed.path("buyers").size() - 1);
        return "COMPLETED".equals(exchange.path("status").asText()) ? 0 : 1;
    }

    private JsonNode awaitDone(String exchangeId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonNode x = null;
        while (Instant.now().isBefore(deadline)) {
            x = getAsRealestate(hub + "/api/v1/exchanges/" + exchangeId);
            boolean pending = false;
            for (JsonNode o : x.path("obligations")) {
                pending |= "PENDING".equals(o.path("status").asText());
            }
            if ("COMPLETED".equals(x.path("status").asText()) && !pending && x.path("obligations").size() >= 6) {
                return x;
            }
            Thread.sleep(200); // polling a person's demo, not a test
        }
        return x;
    }

    private static void waitUntilUp(String url, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + " did not come up at " + url);
    }

    /**
     * Real estate follows its own exchange with its own client's token (client credentials); the
     * secret comes from the environment, as the registry's does.
     */
    private JsonNode getAsRealestate(String url) throws IOException, InterruptedException {
        if (token == null) {
            String secret = System.getenv("GOVHUB_CLIENT_SECRET_REALESTATE");
            if (secret == null || secret.isBlank()) {
                throw new IllegalStateException("GOVHUB_CLIENT_SECRET_REALESTATE is not set (./govhub sets it)");
            }
            String basic = java.util.Base64.getEncoder().encodeToString(
                    ("realestate:" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for client realestate: HTTP " + answer.statusCode());
            }
            token = MAPPER.readTree(answer.body()).path("access_token").asText();
        }
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 401) {
            token = null;
        }
        return MAPPER.readTree(answer.body());
    }

    /** The registration centre's API wants the token it issued; the same development default as the simulators'. */
    private static final String REGISTRY_TOKEN = Objects.requireNonNullElse(
            System.getenv("GOVHUB_REALESTATE_API_TOKEN"), "dev-realestate-token");

    private static JsonNode get(String url) throws IOException, InterruptedException {
        return MAPPER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + REGISTRY_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode post(String url, Object body) throws IOException, InterruptedException {
        return MAPPER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + REGISTRY_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    static String mask(String name) {
        return name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1);
    }

    static String maskId(String id) {
        return id.length() < 10 ? "***" : id.substring(0, 6) + "********" + id.substring(id.length() - 4);
    }

    static String maskPhone(String phone) {
        return phone.length() < 7 ? "***" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
