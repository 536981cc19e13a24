package org.govhub.hub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The default run's OAuth2 issuer (Spring Authorization Server), so that {@code ./govhub} needs
 * nothing installed and still runs with security on. It serves the client-credentials grant at
 * {@code /oauth2/token} to the clients of the same realm file Keycloak imports, with the same
 * claims Keycloak's mappers give: {@code aud}, {@code agency}, {@code realm_access.roles}; and
 * the realm's people log in at {@code /login} for the operators' console (authorization code
 * with PKCE at {@code /oauth2/authorize}, public client {@code govhub-console}).
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
        for (RealmDefinition.LoginClient c : realm.loginClients()) {
            // People log in here: authorization code with PKCE, no client secret (a browser keeps none).
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(c.clientId())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(c.redirectUris()))
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(c.accessTokenLifespan()).build())
                    .build());
        }
        if (!withoutSecret.isEmpty()) {
            // A client without a secret cannot get a token: safer than any default secret.
            LOG.info("embedded issuer: {} client(s) have no secret set and cannot get tokens: {}",
                    withoutSecret.size(), withoutSecret);
        }
        if (clients.stream().noneMatch(c -> c.getClientSecret() != null)) {
            LOG.warn("embedded issuer: no client has a secret set, so no system can call the hub;"
                    + " set GOVHUB_CLIENT_SECRET_<CLIENT> (./govhub does)");
            // InMemoryRegisteredClientRepository refuses an empty list.
            if (clients.isEmpty()) {
                return new EmptyClients();
            }
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * The realm's people (operators, auditors), who log in at {@code /login} through a login
     * client; each password comes from the environment ({@code GOVHUB_USER_PASSWORD_<USER>}),
     * and a user without one cannot log in.
     */
    @Bean
    UserDetailsService realmUsers(RealmDefinition realm) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> users = new ArrayList<>();
        for (RealmDefinition.User u : realm.users()) {
            if (u.password() == null) {
                LOG.info("embedded issuer: user '{}' has no password set ({}) and cannot log in", u.username(),
                        u.passwordVariable());
                continue;
            }
            users.add(User.withUsername(u.username()).password(encoder.encode(u.password()))
                    .roles(u.realmRoles().toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> realmClaims(RealmDefinition realm) {
        return context -> {
            String clientId = context.getRegisteredClient().getClientId();
            realm.loginClients().stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                    .ifPresent(c -> userClaims(context, c, realm));
            serviceClaims(context, realm);
        };
    }

    /** A person's token, as Keycloak makes it: the client's audience, the user's realm roles, the user name. */
    private static void userClaims(JwtEncodingContext context, RealmDefinition.LoginClient client, RealmDefinition realm) {
        String username = context.getPrincipal().getName();
        context.getClaims().audience(List.copyOf(client.audiences()));
        context.getClaims().claim("azp", client.clientId());
        context.getClaims().claim("preferred_username", username);
        context.getClaims().claim("realm_access", Map.of("roles",
                realm.user(username).map(u -> List.copyOf(u.realmRoles())).orElse(List.of())));
    }

    private static void serviceClaims(JwtEncodingContext context, RealmDefinition realm) {
        realm.clients().stream()
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

    /**
     * A fresh key per start: tokens are short-lived, and none outlives the process that can check it.
     * It is generated on a thread of its own while the rest of the hub starts (on the main thread
     * it was 4 % of the start-up; bench/README.md), and the first signature or check waits for it.
     */
    @Bean
    JWKSource<SecurityContext> embeddedIssuerKeys() {
        CompletableFuture<JWKSet> keys = new CompletableFuture<>();
        Thread generator = new Thread(() -> {
            try {
                keys.complete(new JWKSet(generateKey()));
            } catch (Throwable t) {
                keys.completeExceptionally(t);
            }
        }, "embedded-issuer-key");
        generator.setDaemon(true);
        generator.start();
        return (selector, context) -> {
            try {
                return selector.select(keys.join());
            } catch (CompletionException e) {
                throw new KeySourceException("the embedded issuer's key could not be made", e.getCause());
            }
        };
    }

    private static RSAKey generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no RSA key generator in this JDK", e);
        }
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(GovHubSecurityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.getEmbeddedIssuerUri()).build();
    }

    /** Self-contained tokens, no introspection or revocation: only a login's pending code is kept, until redeemed. */
    @Bean
    OAuth2AuthorizationService loginAuthorizations() {
        return new LoginAuthorizations();
    }

    /**
     * The issuer's endpoints and its login page. Machines use the token endpoint and keep no
     * session; a person's browser is sent to {@code /login} (a form, CSRF-protected) by the
     * authorization endpoint and keeps a session with the issuer only, never with the API.
     */
    @Bean
    @Order(1)
    SecurityFilterChain embeddedIssuerEndpoints(HttpSecurity http, ProblemResponses problems) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        RequestMatcher login = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/login"),
                PathPatternRequestMatcher.withDefaults().matcher("/logout"));
        http.securityMatcher(new OrRequestMatcher(issuer.getEndpointsMatcher(), login))
                .with(issuer, Customizer.withDefaults())
                .authorizeHttpRequests(a -> a.requestMatchers(login).permitAll().anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(issuer.getEndpointsMatcher()))
                .formLogin(Customizer.withDefaults())
                .logout(l -> l.logoutSuccessUrl("/console/"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
                        .defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE));
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
