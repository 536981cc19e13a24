package org.govhub.simulators.realestate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The registration centre's API takes the access token it issued to each caller as a bearer
 * token, as contracts/agencies/realestate.v1.yaml declares.
 */
@Component
class RegistryTokenCheck implements AgencyAuthenticator {

    private final String expected;

    RegistryTokenCheck(@Value("${govhub.simulators.realestate.api-token}") String token) {
        this.expected = "Bearer " + token;
    }

    @Override
    public String agency() {
        return "realestate";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"realestate\"");
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"code\":\"UNAUTHORIZED\",\"message\":\"missing or unknown access token\"}");
        return false;
    }
}
