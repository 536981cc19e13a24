package org.govhub.hub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The default run's OAuth2 issuer (Spring Authorization Server), so that {@code ./govhub} needs
 * nothing installed and still runs with security on. It serves the client-credentials grant at
 * {@code /oauth2/token} to the clients of the same realm file Keycloak imports, with the same
 * claims Keycloak's mappers give: {@code aud}, {@code agency}, {@code realm_access.roles}.
 * Present only while {@code govhub.security.issuer-uri} is unset; then Keycloak issues instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${govhub.security.issuer-uri:}'.isBlank()")
class EmbeddedIssuerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedIssuerConfiguration.class);

    @Bean
    RealmDefinition realmDefinition(GovHubSecurityProperties properties, ObjectMapper mapper, Environment environment) {
        return RealmDefinition.read(properties.getRealm(), mapper, environment::getProperty);
    }

    @Bean
    RegisteredClientRepository registeredClients(RealmDefinition realm) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<RegisteredClient> clients = new ArrayList<>();
        List<String> withoutSecret = new ArrayList<>();
        for (RealmDefinition.Client c : realm.clients()) {
            if (c.secret() == null) {
                withoutSecret.add(c.secretVariable());
                continue;
            }
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(c.clientId())
                    .clientSecret(encoder.encode(c.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(c.accessTokenLifespan()).build())
                    .build());
        }
        if (!withoutSecret.isEmpty()) {
            // A client without a secret cannot get a token: safer than any default secret.
            LOG.info("embedded issuer: {} client(s) have no secret set and cannot get tokens: {}",
                    withoutSecret.size(), withoutSecret);
        }
        if (clients.isEmpty()) {
            LOG.warn("embedded issuer: no client has a secret set, so no one can call the hub;"
                    + " set GOVHUB_CLIENT_SECRET_<CLIENT> (./govhub does)");
            // InMemoryRegisteredClientRepository refuses an empty list.
            return new EmptyClients();
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> realmClaims(RealmDefinition realm) {
        return context -> realm.clients().stream()
                .filter(c -> c.clientId().equals(context.getRegisteredClient().getClientId()))
                .findFirst()
                .ifPresent(c -> {
                    context.getClaims().audience(List.copyOf(c.audiences()));
                    context.getClaims().claim("azp", c.clientId());
                    context.getClaims().claim("realm_access", Map.of("roles", List.copyOf(c.realmRoles())));
                    if (c.agency() != null) {
                        context.getClaims().claim("agency", c.agency());
                    }
                });
    }

    /** A fresh key per start: tokens are short-lived, and none outlives the process that can check it. */
    @Bean
    JWKSource<SecurityContext> embeddedIssuerKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no RSA key generator in this JDK", e);
        }
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(GovHubSecurityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.getEmbeddedIssuerUri()).build();
    }

    /** Self-contained tokens, no introspection or revocation: nothing to keep, so nothing grows. */
    @Bean
    OAuth2AuthorizationService statelessAuthorizations() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {
            }

            @Override
            public void remove(OAuth2Authorization authorization) {
            }

            @Override
            public OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain embeddedIssuerEndpoints(HttpSecurity http, ProblemResponses problems) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(issuer.getEndpointsMatcher())
                .with(issuer, Customizer.withDefaults())
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(issuer.getEndpointsMatcher()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems));
        return http.build();
    }

    private static final class EmptyClients implements RegisteredClientRepository {
        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException("clients come from the realm definition");
        }

        @Override
        public RegisteredClient findById(String id) {
            return null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return null;
        }
    }
}
