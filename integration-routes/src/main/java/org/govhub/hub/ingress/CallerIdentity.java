package org.govhub.hub.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Component;

/**
 * Who is handing an event in. Recorded on every exchange, so that authorisation (which agency
 * may emit which event, read which exchange) can rest on it. Until the resource server is in
 * place, a request without an authenticated principal is recorded as {@code unauthenticated}:
 * there is no switch that pretends otherwise.
 */
@Component
public class CallerIdentity {

    public static final String UNAUTHENTICATED = "unauthenticated";

    public String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? UNAUTHENTICATED : principal.getName();
    }
}
