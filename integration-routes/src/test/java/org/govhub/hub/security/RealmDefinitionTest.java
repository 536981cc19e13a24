package org.govhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The committed realm file as the embedded issuer reads it: the console's client and people. */
class RealmDefinitionTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theConsoleIsAPublicLoginClientAndItsPeopleHaveTheirOwnRolesAndPasswords() {
        Map<String, String> env = Map.of("GOVHUB_USER_PASSWORD_OPERATOR", "op-secret");
        RealmDefinition realm = RealmDefinition.read(new ClassPathResource("security/govhub-realm.json"), MAPPER, env::get);

        assertThat(realm.loginClients()).singleElement().satisfies(c -> {
            assertThat(c.clientId()).isEqualTo("govhub-console");
            assertThat(c.redirectUris()).containsExactly("http://127.0.0.1/console/");
            assertThat(c.audiences()).containsExactly("govhub-hub");
        });
        assertThat(realm.clients()).noneMatch(c -> c.clientId().equals("govhub-console"));
        assertThat(realm.user("operator")).hasValueSatisfying(u -> {
            assertThat(u.realmRoles()).containsExactly("operator");
            assertThat(u.password()).isEqualTo("op-secret");
        });
        assertThat(realm.user("auditor")).hasValueSatisfying(u -> {
            assertThat(u.realmRoles()).containsExactly("auditor");
            assertThat(u.password()).as("its variable is not set: it cannot log in").isNull();
        });
        assertThat(realm.users()).noneMatch(u -> u.username().startsWith("service-account-"));
    }

    @Test
    void aLiteralPasswordInTheRealmFileIsRefused() throws Exception {
        JsonNode file = MAPPER.readTree(new ClassPathResource("security/govhub-realm.json").getInputStream());
        for (JsonNode user : file.path("users")) {
            if ("operator".equals(user.path("username").asText())) {
                ((ObjectNode) user.path("credentials").get(0)).put("value", "committed-password");
            }
        }
        assertThatThrownBy(() -> RealmDefinition.parse(file, v -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("user 'operator'").hasMessageContaining("environment variable");
    }
}
