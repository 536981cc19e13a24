package org.govhub.simulators.support.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The hub's event and consent intake and its issuer, on loopback, for simulator tests: grants a
 * token to any client presenting {@link #CLIENT_SECRET}, records what it received and answers
 * as told (one answer per request from a queue, then the standing mode).
 */
public final class FakeHub {

    /** One request as it arrived; {@code client} is the token's client. */
    public record Received(String path, String client, String contentType, String authorization, String body) {
    }

    public static final String CLIENT_SECRET = "fake-hub-secret-" + UUID.randomUUID();
    private static final String TOKEN_PREFIX = "fake-token-";

    public enum Mode { ACCEPT, UNAVAILABLE, RESET, REFUSE }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Mode> next = new ArrayDeque<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile Mode mode = Mode.ACCEPT;

    private FakeHub(HttpServer server) {
        this.server = server;
    }

    public static FakeHub start() {
        try {
            FakeHub hub = new FakeHub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            hub.server.createContext("/api/v1/events", hub::handle);
            hub.server.createContext("/api/v1/consents", hub::handle);
            hub.server.createContext("/oauth2/token", hub::token);
            hub.server.start();
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the simulators' hub client at this hub, with a secret for every agency. */
    public void register(DynamicPropertyRegistry registry, String... agencies) {
        registry.add("govhub.simulators.hub.url", this::url);
        registry.add("govhub.simulators.hub.token-url", this::tokenUrl);
        registry.add("govhub.simulators.hub.backoff", () -> "10ms");
        for (String agency : agencies) {
            registry.add("govhub.simulators.hub.clients." + agency + ".client-secret", () -> CLIENT_SECRET);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String tokenUrl() {
        return url() + "/oauth2/token";
    }

    public String eventsUrl() {
        return url() + "/api/v1/events";
    }

    /** The answer from now on. */
    public void answer(Mode mode) {
        this.mode = mode;
    }

    /** The answers to the next requests, one each, before the standing mode again. */
    public synchronized void answerNext(Mode... modes) {
        next.addAll(List.of(modes));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public static String token(String client) {
        return TOKEN_PREFIX + client;
    }

    public synchronized void clear() {
        received.clear();
        next.clear();
        mode = Mode.ACCEPT;
    }

    public void stop() {
        server.stop(0);
    }

    private synchronized Mode nextMode() {
        return next.isEmpty() ? mode : next.poll();
    }

    private void token(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String client = null;
        if (auth != null && auth.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            if (pair.length == 2 && CLIENT_SECRET.equals(pair[1])) {
                client = pair[0];
            }
        }
        if (client == null || !form.contains("grant_type=client_credentials")) {
            exchange.sendResponseHeaders(401, -1);
        } else {
            tokensIssued.incrementAndGet();
            byte[] body = ("{\"access_token\":\"" + token(client) + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String client = auth != null && auth.startsWith("Bearer " + TOKEN_PREFIX)
                ? auth.substring(("Bearer " + TOKEN_PREFIX).length()) : null;
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, client, exchange.getRequestHeaders().getFirst("Content-Type"), auth,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (client == null) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        switch (nextMode()) {
            case ACCEPT -> {
                String field = path.endsWith("/consents") ? "id" : "exchangeId";
                byte[] body = ("{\"" + field + "\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(202, body.length);
                exchange.getResponseBody().write(body);
            }
            case UNAVAILABLE -> exchange.sendResponseHeaders(503, -1);
            case REFUSE -> {
                byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"data.caseNumber: does not match the pattern\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(400, body.length);
                exchange.getResponseBody().write(body);
            }
            case RESET -> {
                // Closing without an answer is what a crashing hub looks like to the agency.
            }
        }
        exchange.close();
    }
}
