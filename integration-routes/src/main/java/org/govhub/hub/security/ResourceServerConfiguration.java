package org.govhub.hub.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.DispatcherType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The hub as an OAuth2 resource server. Every token is checked for its signature (RS256 only, so
 * {@code alg: none} and HMAC tricks fail), issuer, expiry (which it must have) and the hub's
 * audience; Keycloak realm roles ({@code realm_access.roles}) become {@code ROLE_<role>}
 * authorities, and the caller's name is its {@code agency} claim (else the client id).
 *
 * <p>Who may do what, by path: agencies hand in events and read exchanges (which ones is checked
 * against the exchange itself); operators and auditors read everything, and only operators act
 * (replay); integrators read the contracts; health probes and the console's static page are
 * open. Anything else is refused. People (console users) come with the same kind of token,
 * their own realm roles in it; nothing here keeps a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovHubSecurityProperties.class)
class ResourceServerConfiguration {

    static final String AGENCY = "agency";
    static final String OPERATOR = "operator";
    static final String AUDITOR = "auditor";
    static final String INTEGRATOR = "integrator";

    @Bean
    JwtDecoder jwtDecoder(GovHubSecurityProperties properties, ObjectProvider<JWKSource<SecurityContext>> embeddedKeys) {
        NimbusJwtDecoder decoder;
        String issuer;
        if (properties.embedded()) {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, embeddedKeys.getObject()));
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
            // Claims are checked by the validators below, with messages a caller can act on.
            processor.setJWTClaimsSetVerifier((claims, context) -> { });
            decoder = new NimbusJwtDecoder(processor);
            issuer = properties.getEmbeddedIssuerUri();
        } else {
            // Keys are fetched on first use and cached, so the hub starts while Keycloak is still starting.
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
            issuer = properties.getIssuerUri();
        }
        decoder.setJwtValidator(validator(issuer, properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, GovHubSecurityProperties properties) {
        String audience = properties.getAudience();
        return new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(properties.getClockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }

    static JwtAuthenticationToken authentication(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        }
        String name = jwt.getClaimAsString(AGENCY);
        if (name == null) {
            name = jwt.getClaimAsString("azp") != null ? jwt.getClaimAsString("azp") : jwt.getSubject();
        }
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/**")
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ResourceServerConfiguration::authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        // An error dispatch is the answer to a request already authorised.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        // The operators' console: static files and where to log in, no data; its
                        // page then calls the APIs below with the logged-in person's bearer token.
                        .requestMatchers(HttpMethod.GET, "/console", "/console/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/console/**").hasAnyRole(OPERATOR, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/events").hasRole(AGENCY)
                        // The list shows every agency's exchanges: operators and auditors only.
                        .requestMatchers(HttpMethod.GET, "/api/v1/exchanges", "/api/v1/scorecard")
                        .hasAnyRole(OPERATOR, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/exchanges/**").hasAnyRole(AGENCY, OPERATOR, AUDITOR)
                        // Who received data about a person: for auditors only.
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/data-subject-queries").hasRole(AUDITOR)
                        // Consents: recorded and revoked by the agency that collected them; looked up by auditors.
                        .requestMatchers(HttpMethod.POST, "/api/v1/consents/queries").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/consents", "/api/v1/consents/*/revocation")
                        .hasRole(AGENCY)
                        // M3: which agency holds which version of a credit rating.
                        .requestMatchers(HttpMethod.GET, "/api/v1/credit/ratings/*/holders").hasAnyRole(OPERATOR, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dead-letters/**", "/api/v1/audit/**")
                        .hasAnyRole(OPERATOR, AUDITOR)
                        // Auditors look; only operators change what happens to a message.
                        .requestMatchers("/api/v1/dead-letters/**", "/api/v1/replay/**").hasRole(OPERATOR)
                        // The published contracts and their rendering are public, like the repository they come from.
                        .requestMatchers(HttpMethod.GET, "/api/v1/contracts", "/api/v1/contracts/**", "/contracts",
                                "/contracts/**", "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/**").hasAnyRole(OPERATOR, AUDITOR)
                        // M9: agencies ask and answer; who sees which request is decided by content.
                        .requestMatchers(HttpMethod.POST, "/api/v1/sharing-requests", "/api/v1/sharing-requests/*/answer")
                        .hasRole(AGENCY)
                        .requestMatchers(HttpMethod.GET, "/api/v1/sharing-requests", "/api/v1/sharing-requests/*")
                        .hasAnyRole(AGENCY, OPERATOR, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/v1/sharing-catalogue")
                        .hasAnyRole(AGENCY, INTEGRATOR, OPERATOR, AUDITOR)
                        .anyRequest().denyAll());
        return http.build();
    }
}
