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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * The clients of the realm file (a Keycloak realm export), read the way Keycloak reads them, so
 * that the embedded issuer and Keycloak issue the same claims to the same clients: the audience
 * mapper's audience, the hard-coded {@code agency} claim, the service account's realm roles.
 * A secret is a {@code ${VARIABLE}} placeholder that both resolve from the environment.
 */
public final class RealmDefinition {

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_.-]+)}$");

    /** One confidential client; {@code secret} is null when its variable is not set. */
    public record Client(String clientId, String secretVariable, String secret, String agency,
                         Set<String> audiences, Set<String> realmRoles, Duration accessTokenLifespan) {
    }

    private final String realm;
    private final List<Client> clients;

    private RealmDefinition(String realm, List<Client> clients) {
        this.realm = realm;
        this.clients = List.copyOf(clients);
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
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                Set<String> roles = new LinkedHashSet<>();
                user.path("realmRoles").forEach(r -> roles.add(r.asText()));
                rolesByClient.put(user.get("serviceAccountClientId").asText(), roles);
            }
        }
        Duration realmLifespan = Duration.ofSeconds(realm.path("accessTokenLifespan").asLong(300));
        List<Client> clients = new ArrayList<>();
        for (JsonNode c : realm.path("clients")) {
            if (c.path("publicClient").asBoolean(false) || !c.path("serviceAccountsEnabled").asBoolean(false)
                    || !c.path("enabled").asBoolean(true)) {
                continue;
            }
            String clientId = c.path("clientId").asText();
            String declared = c.path("secret").asText("");
            Matcher m = PLACEHOLDER.matcher(declared);
            if (!m.matches()) {
                // A literal secret in the realm file would be a committed secret.
                throw new IllegalStateException("client '" + clientId + "' in the realm definition must take its secret"
                        + " from an environment variable (\"secret\": \"${VARIABLE}\")");
            }
            String secret = variables.apply(m.group(1));
            Set<String> audiences = new LinkedHashSet<>();
            String agency = null;
            for (JsonNode mapper : c.path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                if (!"true".equals(config.path("access.token.claim").asText())) {
                    continue;
                }
                switch (mapper.path("protocolMapper").asText()) {
                    case "oidc-audience-mapper" -> audiences.add(config.path("included.custom.audience").asText());
                    case "oidc-hardcoded-claim-mapper" -> {
                        if ("agency".equals(config.path("claim.name").asText())) {
                            agency = config.path("claim.value").asText();
                        }
                    }
                    default -> {
                        // Other mappers add nothing the hub reads.
                    }
                }
            }
            String lifespan = c.path("attributes").path("access.token.lifespan").asText("");
            clients.add(new Client(clientId, m.group(1), secret == null || secret.isBlank() ? null : secret, agency,
                    audiences, rolesByClient.getOrDefault(clientId, Set.of()),
                    lifespan.isBlank() ? realmLifespan : Duration.ofSeconds(Long.parseLong(lifespan))));
        }
        return new RealmDefinition(realm.path("realm").asText(), clients);
    }

    public String realm() {
        return realm;
    }

    public List<Client> clients() {
        return clients;
    }
}
