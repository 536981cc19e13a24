package org.govhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** The embedded issuer keeps a login's code until it is redeemed, and nothing else. */
class LoginAuthorizationsTest {

    static final RegisteredClient CONSOLE = RegisteredClient.withId("console").clientId("govhub-console")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://127.0.0.1:8080/console/").build();
    static final OAuth2TokenType CODE = new OAuth2TokenType("code");

    @Test
    void aCodeIsFoundUntilItIsRedeemedThenForgotten() {
        LoginAuthorizations store = new LoginAuthorizations();
        OAuth2Authorization pending = withCode("id-1", "code-1").build();
        store.save(pending);
        assertThat(store.findByToken("code-1", CODE)).isSameAs(pending);
        assertThat(store.findById("id-1")).isSameAs(pending);

        store.save(OAuth2Authorization.from(pending).accessToken(new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "token", Instant.now(), Instant.now().plusSeconds(60))).build());
        assertThat(store.findByToken("code-1", CODE)).as("a redeemed code cannot be redeemed again").isNull();
        assertThat(store.findById("id-1")).isNull();
    }

    @Test
    void clientCredentialsGrantsAreNeverKeptAndPendingLoginsAreBounded() {
        LoginAuthorizations store = new LoginAuthorizations();
        store.save(OAuth2Authorization.withRegisteredClient(CONSOLE).id("machine").principalName("govhub-operator")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build());
        assertThat(store.findById("machine")).isNull();

        for (int i = 0; i <= LoginAuthorizations.MAX_PENDING; i++) {
            store.save(withCode("id-" + i, "code-" + i).build());
        }
        assertThat(store.findByToken("code-0", CODE)).as("the oldest pending login went first").isNull();
        assertThat(store.findByToken("code-" + LoginAuthorizations.MAX_PENDING, CODE)).isNotNull();
    }

    private static OAuth2Authorization.Builder withCode(String id, String code) {
        return OAuth2Authorization.withRegisteredClient(CONSOLE).id(id).principalName("operator")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .token(new OAuth2AuthorizationCode(code, Instant.now(), Instant.now().plusSeconds(300)));
    }
}
