package org.govhub.hub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.client.RestClient;

/**
 * The realm's clients as the tests use them: a fresh random secret per client and test JVM (the
 * realm file holds only {@code ${GOVHUB_CLIENT_SECRET_<CLIENT>}} placeholders), and likewise a
 * password per person of the realm (operator, auditor: the console's users), handed to the hub's
 * embedded issuer and to the simulators through the same variable names, and tokens fetched by
 * the client-credentials grant from whichever issuer is given, as an agency system gets them.
 */
final class TestClients {

    static final List<String> CLIENTS = List.of("realestate", "water", "heat", "tax",
            // M2-M9: originators, requesters and providers
            "approval", "market", "credit", "housing", "publicsecurity", "civil", "court",
            "govhub-operator", "govhub-auditor", "govhub-integrator");

    /** The realm's people, who log in to the console with a password ({@code ${GOVHUB_USER_PASSWORD_<USER>}}). */
    static final List<String> USERS = List.of("operator", "auditor");

    private static final Map<String, String> SECRETS = new HashMap<>();
    private static final Map<String, String> PASSWORDS = new HashMap<>();

    static {
        SecureRandom random = new SecureRandom();
        for (String client : CLIENTS) {
            SECRETS.put(client, random(random));
        }
        for (String user : USERS) {
            PASSWORDS.put(user, random(random));
        }
    }

    private static String random(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private TestClients() {
    }

    static String variable(String client) {
        return "GOVHUB_CLIENT_SECRET_" + client.toUpperCase().replace('-', '_');
    }

    static String secret(String client) {
        return SECRETS.get(client);
    }

    static String passwordVariable(String user) {
        return "GOVHUB_USER_PASSWORD_" + user.toUpperCase().replace('-', '_');
    }

    static String password(String user) {
        return PASSWORDS.get(user);
    }

    /** The secrets and passwords as the hub reads them: properties named like the environment variables. */
    static void register(DynamicPropertyRegistry registry) {
        SECRETS.forEach((client, secret) -> registry.add(variable(client), () -> secret));
        PASSWORDS.forEach((user, password) -> registry.add(passwordVariable(user), () -> password));
    }

    /** Tokens from one issuer's token endpoint, kept until shortly before they expire. */
    static final class Tokens {

        private final Supplier<String> tokenUrl;
        private final Map<String, String> secrets;
        private final Map<String, JsonNode> cache = new HashMap<>();
        private final Map<String, Instant> renewAt = new HashMap<>();
        private final ObjectMapper mapper = new ObjectMapper();

        Tokens(Supplier<String> tokenUrl, Map<String, String> secrets) {
            this.tokenUrl = tokenUrl;
            this.secrets = secrets;
        }

        static Tokens embedded(int hubPort) {
            return new Tokens(() -> "http://127.0.0.1:" + hubPort + "/oauth2/token", SECRETS);
        }

        synchronized String token(String client) {
            if (!cache.containsKey(client) || Instant.now().isAfter(renewAt.get(client))) {
                JsonNode answer = fetch(client);
                cache.put(client, answer);
                renewAt.put(client, Instant.now().plusSeconds(answer.path("expires_in").asLong() / 2));
            }
            return cache.get(client).path("access_token").asText();
        }

        /** A fresh token, never a cached one. */
        String fresh(String client) {
            return fetch(client).path("access_token").asText();
        }

        private JsonNode fetch(String client) {
            String body = TestHttp.create().post().uri(tokenUrl.get())
                    .headers(h -> h.setBasicAuth(client, secrets.get(client)))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body("grant_type=client_credentials")
                    .retrieve().body(String.class);
            try {
                return mapper.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("the token endpoint answered no JSON: " + body, e);
            }
        }
    }
}
