package org.govhub.simulators.realestate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The hub's event intake, on loopback: records what it received and answers as told. */
final class FakeHub {

    /** One request as it arrived. */
    record Received(String contentType, String authorization, String body) {
    }

    static final String CLIENT_SECRET = "fake-hub-secret-" + UUID.randomUUID();
    static final String TOKEN = "fake-token-" + UUID.randomUUID();

    enum Mode { ACCEPT, UNAVAILABLE, RESET }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ACCEPT;

    private FakeHub(HttpServer server) {
        this.server = server;
    }

    static FakeHub start() {
        try {
            FakeHub hub = new FakeHub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            hub.server.createContext("/api/v1/events", hub::handle);
            hub.server.createContext("/oauth2/token", FakeHub::token);
            hub.server.start();
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tokenUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token";
    }

    String eventsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/events";
    }

    void answer(Mode mode) {
        this.mode = mode;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void clear() {
        received.clear();
        mode = Mode.ACCEPT;
    }

    void stop() {
        server.stop(0);
    }

    /** The client-credentials grant, for the {@code realestate} client with {@link #CLIENT_SECRET} only. */
    private static void token(HttpExchange exchange) throws IOException {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("realestate:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !form.contains("grant_type=client_credentials")) {
            exchange.sendResponseHeaders(401, -1);
        } else {
            byte[] body = ("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        switch (mode) {
            case ACCEPT -> {
                byte[] body = ("{\"exchangeId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(202, body.length);
                exchange.getResponseBody().write(body);
            }
            case UNAVAILABLE -> exchange.sendResponseHeaders(503, -1);
            case RESET -> {
                // Closing without an answer is what a crashing hub looks like to the registry.
            }
        }
        exchange.close();
    }
}
