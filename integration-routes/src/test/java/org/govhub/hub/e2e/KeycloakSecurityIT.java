package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The security matrix against a real Keycloak 26 that imported the committed realm, with tokens
 * it signed. Runs when {@code govhub.test.keycloak-url} names one on loopback ({@code .ci/run}
 * starts it and sets the client secrets as {@code GOVHUB_CLIENT_SECRET_<CLIENT>}, the console users' passwords as
 * {@code GOVHUB_USER_PASSWORD_<USER>}).
 *
 * <p>The expired and wrong-audience tokens come from two probe clients this test adds to the
 * realm through Keycloak's admin API (one whose tokens live a second, one without the audience
 * mapper); the wrong-issuer token is a genuine one requested under another host name
 * ({@code localhost}), which Keycloak puts in {@code iss}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("keycloakGiven")
class KeycloakSecurityIT implements SecurityMatrix {

    static final String KEYCLOAK = System.getProperty("govhub.test.keycloak-url", "");
    static final String REALM = "govhub";
    static final String SHORT_LIVED = "matrix-probe-short-lived";
    static final String NO_AUDIENCE = "matrix-probe-no-audience";
    static final Map<String, String> SECRETS = new HashMap<>();
    static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static boolean keycloakGiven() {
        return KEYCLOAK.startsWith("http://127.0.0.1:");
    }

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        registry.add("govhub.security.issuer-uri", () -> KEYCLOAK + "/realms/" + REALM);
        // Keycloak and the hub share this machine's clock: no skew to forgive.
        registry.add("govhub.security.clock-skew", () -> "0s");
        registry.add("govhub.data-dir", Files.createTempDirectory("govhub-keycloak-it")::toString);
        // A second hub in this JVM beside the end-to-end one: its own in-VM broker and Camel name.
        registry.add("spring.artemis.embedded.server-id", () -> "7");
        registry.add("camel.main.name", () -> "govhub-keycloak-it");
        Simulators simulators = Simulators.get();
        for (String agency : List.of("realestate", "water", "power", "gas", "heat", "sms")) {
            registry.add("govhub.connectors." + agency + ".base-url", () -> simulators.baseUrl() + "/" + agency);
        }
        for (String agency : List.of("telecom", "drainage", "approval")) { // M6's agencies
            registry.add("govhub.connectors." + agency + ".base-url", () -> simulators.baseUrl() + "/" + agency);
        }
    }

    @BeforeAll
    static void probeClients() {
        for (String client : TestClients.CLIENTS) {
            String secret = System.getenv(TestClients.variable(client));
            if (secret == null || secret.isBlank()) {
                throw new IllegalStateException(TestClients.variable(client) + " is not set: the secret Keycloak imported"
                        + " for client " + client + " (.ci/run sets it)");
            }
            SECRETS.put(client, secret);
        }
        KeycloakAdmin admin = new KeycloakAdmin();
        SECRETS.put(SHORT_LIVED, admin.createProbe(SHORT_LIVED, "1", true));
        SECRETS.put(NO_AUDIENCE, admin.createProbe(NO_AUDIENCE, "300", false));
    }

    private final TestClients.Tokens tokens = new TestClients.Tokens(
            () -> KEYCLOAK + "/realms/" + REALM + "/protocol/openid-connect/token", SECRETS);

    /**
     * A person logs in at Keycloak's login page for the console (the realm's public client
     * {@code govhub-console}, PKCE) and the hub takes the token with the person's realm roles:
     * the operator may replay (here: a message that is not there), the auditor may not.
     */
    @Test
    void peopleLogInAtKeycloakForTheConsoleWithTheirOwnRoles() throws Exception {
        JsonNode config = MAPPER.readTree(TestHttp.create().get().uri(hubUrl() + "/console/config.json")
                .retrieve().body(String.class));
        String realm = KEYCLOAK + "/realms/" + REALM;
        assertThat(config.path("authorizationEndpoint").asText()).isEqualTo(realm + "/protocol/openid-connect/auth");
        assertThat(config.path("tokenEndpoint").asText()).isEqualTo(realm + "/protocol/openid-connect/token");
        for (String user : TestClients.USERS) {
            String password = System.getenv(TestClients.passwordVariable(user));
            if (password == null || password.isBlank()) {
                throw new IllegalStateException(TestClients.passwordVariable(user) + " is not set: the password Keycloak"
                        + " imported for user " + user + " (.ci/run sets it)");
            }
            JsonNode token = new FormLogin().logIn(config.path("authorizationEndpoint").asText(),
                    config.path("tokenEndpoint").asText(), config.path("clientId").asText(), hubUrl() + "/console/",
                    user, password);
            RestClient hub = TestHttp.builder().baseUrl(hubUrl())
                    .defaultHeaders(h -> h.setBearerAuth(token.path("access_token").asText())).build();
            assertThat(hub.get().uri("/api/v1/exchanges").retrieve().toBodilessEntity().getStatusCode().value())
                    .isEqualTo(200);
            int replay = hub.post().uri("/api/v1/dead-letters/no-such-letter/replay")
                    .exchange((req, res) -> res.getStatusCode().value());
            assertThat(replay).as(user + " replaying").isEqualTo("operator".equals(user) ? 404 : 403);
        }
    }

    @Override
    public String hubUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String token(String client) {
        return tokens.token(client);
    }

    @Override
    public String expiredToken() {
        String token = tokens.fresh(SHORT_LIVED);
        Instant exp;
        try {
            exp = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().isAfter(exp.plusSeconds(1)));
        return token;
    }

    @Override
    public String wrongIssuerToken() {
        TestClients.Tokens viaLocalhost = new TestClients.Tokens(() -> KEYCLOAK.replace("://127.0.0.1:", "://localhost:")
                + "/realms/" + REALM + "/protocol/openid-connect/token", SECRETS);
        return viaLocalhost.fresh("realestate");
    }

    @Override
    public String wrongAudienceToken() {
        return tokens.fresh(NO_AUDIENCE);
    }

    @Override
    public ObjectNode transferEvent() {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-seed.json")) {
            return transferEvent(MAPPER.readTree(in), 12, 9);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public int recorded(String eventId) {
        return jdbc.queryForObject("select count(*) from exchange where event_id = ?", Integer.class, eventId);
    }

    /** Keycloak's admin REST API, as its bootstrap administrator. */
    static final class KeycloakAdmin {

        private final RestClient http;

        KeycloakAdmin() {
            String user = System.getProperty("govhub.test.keycloak-admin-user", "");
            String password = System.getProperty("govhub.test.keycloak-admin-password", "");
            JsonNode token = read(TestHttp.create().post()
                    .uri(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body("grant_type=password&client_id=admin-cli&username=" + enc(user) + "&password=" + enc(password))
                    .retrieve().body(String.class));
            this.http = TestHttp.builder().baseUrl(KEYCLOAK + "/admin/realms/" + REALM)
                    .defaultHeaders(h -> h.setBearerAuth(token.path("access_token").asText())).build();
        }

        /** A confidential real-estate client like the realm's own, with the given token lifespan, with or without the hub's audience. */
        String createProbe(String clientId, String lifespanSeconds, boolean audience) {
            for (JsonNode existing : read(http.get().uri("/clients?clientId={id}", clientId).retrieve().body(String.class))) {
                http.delete().uri("/clients/{id}", existing.path("id").asText()).retrieve().toBodilessEntity();
            }
            String secret = UUID.randomUUID().toString();
            ObjectNode client = MAPPER.createObjectNode();
            client.put("clientId", clientId).put("enabled", true).put("publicClient", false)
                    .put("clientAuthenticatorType", "client-secret").put("secret", secret)
                    .put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                    .put("directAccessGrantsEnabled", false);
            client.putObject("attributes").put("access.token.lifespan", lifespanSeconds);
            var mappers = client.putArray("protocolMappers");
            mappers.addObject().put("name", "agency").put("protocol", "openid-connect")
                    .put("protocolMapper", "oidc-hardcoded-claim-mapper").putObject("config")
                    .put("claim.name", "agency").put("claim.value", "realestate").put("jsonType.label", "String")
                    .put("access.token.claim", "true");
            if (audience) {
                mappers.addObject().put("name", "govhub-hub-audience").put("protocol", "openid-connect")
                        .put("protocolMapper", "oidc-audience-mapper").putObject("config")
                        .put("included.custom.audience", "govhub-hub").put("access.token.claim", "true");
            }
            http.post().uri("/clients").contentType(MediaType.APPLICATION_JSON).body(client.toString())
                    .retrieve().toBodilessEntity();
            String id = read(http.get().uri("/clients?clientId={id}", clientId).retrieve().body(String.class))
                    .path(0).path("id").asText();
            String user = read(http.get().uri("/clients/{id}/service-account-user", id).retrieve().body(String.class))
                    .path("id").asText();
            String role = http.get().uri("/roles/agency").retrieve().body(String.class);
            http.post().uri("/users/{user}/role-mappings/realm", user).contentType(MediaType.APPLICATION_JSON)
                    .body("[" + role + "]").retrieve().toBodilessEntity();
            return secret;
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }

        private static JsonNode read(String body) {
            try {
                return MAPPER.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
