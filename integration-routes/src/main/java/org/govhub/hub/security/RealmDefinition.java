package org.govhub.hub.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * The clients of the realm file (a Keycloak realm export), read the way Keycloak reads them, so
 * that the embedded issuer and Keycloak issue the same claims to the same clients: the audience
 * mapper's audience, the hard-coded {@code agency} claim, the service account's realm roles.
 * People (operators, auditors) log in through a public client with their own realm roles.
 * A secret or password is a {@code ${VARIABLE}} placeholder that both resolve from the environment.
 */
public final class RealmDefinition {

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_.-]+)}$");

    /** One confidential client; {@code secret} is null when its variable is not set. */
    public record Client(String clientId, String secretVariable, String secret, String agency,
                         Set<String> audiences, Set<String> realmRoles, Duration accessTokenLifespan) {
    }

    /**
     * A public client that people log in through (authorization code with PKCE, no secret): the
     * operators' console. Its tokens carry the logged-in user's realm roles.
     */
    public record LoginClient(String clientId, List<String> redirectUris, Set<String> audiences,
                              Duration accessTokenLifespan) {
    }

    /** A person's account (not a service account); {@code password} is null when its variable is not set. */
    public record User(String username, String passwordVariable, String password, Set<String> realmRoles) {
    }

    private final String realm;
    private final List<Client> clients;
    private final List<LoginClient> loginClients;
    private final List<User> users;

    private RealmDefinition(String realm, List<Client> clients, List<LoginClient> loginClients, List<User> users) {
        this.realm = realm;
        this.clients = List.copyOf(clients);
        this.loginClients = List.copyOf(loginClients);
        this.users = List.copyOf(users);
    }

    public static RealmDefinition read(Resource resource, ObjectMapper mapper, Function<String, String> variables) {
        try (InputStream in = resource.getInputStream()) {
            return parse(mapper.readTree(in), variables);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm definition " + resource, e);
        }
    }

    static RealmDefinition parse(JsonNode realm, Function<String, String> variables) {
        Map<String, Set<String>> rolesByClient = new HashMap<>();
        List<User> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            Set<String> roles = new LinkedHashSet<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            if (user.hasNonNull("serviceAccountClientId")) {
                rolesByClient.put(user.get("serviceAccountClientId").asText(), roles);
            } else if (user.path("enabled").asBoolean(true)) {
                users.add(user(user, roles, variables));
            }
        }
        Duration realmLifespan = Duration.ofSeconds(realm.path("accessTokenLifespan").asLong(300));
        List<Client> clients = new ArrayList<>();
        List<LoginClient> loginClients = new ArrayList<>();
        for (JsonNode c : realm.path("clients")) {
            if (!c.path("enabled").asBoolean(true)) {
                continue;
            }
            String clientId = c.path("clientId").asText();
            String lifespan = c.path("attributes").path("access.token.lifespan").asText("");
            Duration tokenLifespan = lifespan.isBlank() ? realmLifespan : Duration.ofSeconds(Long.parseLong(lifespan));
            if (c.path("publicClient").asBoolean(false)) {
                if (c.path("standardFlowEnabled").asBoolean(true)) {
                    List<String> redirects = new ArrayList<>();
                    c.path("redirectUris").forEach(u -> redirects.add(u.asText()));
                    loginClients.add(new LoginClient(clientId, redirects, audiences(c), tokenLifespan));
                }
                continue;
            }
            if (!c.path("serviceAccountsEnabled").asBoolean(false)) {
                continue;
            }
            String declared = c.path("secret").asText("");
            Matcher m = PLACEHOLDER.matcher(declared);
            if (!m.matches()) {
                // A literal secret in the realm file would be a committed secret.
                throw new IllegalStateException("client '" + clientId + "' in the realm definition must take its secret"
                        + " from an environment variable (\"secret\": \"${VARIABLE}\")");
            }
            String secret = variables.apply(m.group(1));
            String agency = null;
            for (JsonNode mapper : accessTokenMappers(c)) {
                JsonNode config = mapper.path("config");
                if ("oidc-hardcoded-claim-mapper".equals(mapper.path("protocolMapper").asText())
                        && "agency".equals(config.path("claim.name").asText())) {
                    agency = config.path("claim.value").asText();
                }
            }
            clients.add(new Client(clientId, m.group(1), secret == null || secret.isBlank() ? null : secret, agency,
                    audiences(c), rolesByClient.getOrDefault(clientId, Set.of()), tokenLifespan));
        }
        return new RealmDefinition(realm.path("realm").asText(), clients, loginClients, users);
    }

    /** A person's account; like a client secret, the password must come from an environment variable. */
    private static User user(JsonNode user, Set<String> roles, Function<String, String> variables) {
        String username = user.path("username").asText();
        for (JsonNode credential : user.path("credentials")) {
            if ("password".equals(credential.path("type").asText())) {
                Matcher m = PLACEHOLDER.matcher(credential.path("value").asText(""));
                if (!m.matches()) {
                    throw new IllegalStateException("user '" + username + "' in the realm definition must take its"
                            + " password from an environment variable (\"value\": \"${VARIABLE}\")");
                }
                String password = variables.apply(m.group(1));
                return new User(username, m.group(1), password == null || password.isBlank() ? null : password, roles);
            }
        }
        return new User(username, null, null, roles);
    }

    /** The audiences the client's audience mappers put in its access tokens. */
    private static Set<String> audiences(JsonNode client) {
        Set<String> audiences = new LinkedHashSet<>();
        for (JsonNode mapper : accessTokenMappers(client)) {
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())) {
                audiences.add(mapper.path("config").path("included.custom.audience").asText());
            }
        }
        return audiences;
    }

    /** The protocol mappers that write into the access token; others add nothing the hub reads. */
    private static List<JsonNode> accessTokenMappers(JsonNode client) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode mapper : client.path("protocolMappers")) {
            if ("true".equals(mapper.path("config").path("access.token.claim").asText())) {
                out.add(mapper);
            }
        }
        return out;
    }

    public String realm() {
        return realm;
    }

    public List<Client> clients() {
        return clients;
    }

    public List<LoginClient> loginClients() {
        return loginClients;
    }

    public List<User> users() {
        return users;
    }

    public Optional<User> user(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
