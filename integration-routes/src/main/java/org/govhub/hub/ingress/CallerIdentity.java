package org.govhub.hub.ingress;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who is calling, from the verified bearer token: the agency its {@code agency} claim names
 * (Keycloak: the client's hard-coded claim mapper; the embedded issuer: the same realm file), and
 * its realm roles. The caller's name is recorded on every exchange, and authorisation (which
 * agency may emit which event, read which exchange) rests on it.
 */
@Component
public class CallerIdentity {

    /** An authenticated caller; {@code agency} is null for staff (operators, auditors, integrators). */
    public record Caller(String name, String agency, Set<String> roles) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }

        /** Operators and auditors see every exchange; agencies only their own. */
        public boolean seesEverything() {
            return hasRole("operator") || hasRole("auditor");
        }
    }

    public Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            // The security filter chain lets no unauthenticated request reach a controller.
            throw new IllegalStateException("no authenticated caller");
        }
        String agency = auth instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("agency") : null;
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new Caller(auth.getName(), agency, roles);
    }
}
