package org.govhub.simulators.publicsecurity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** HTTP Basic with the account the bureau gave the hub, as contracts/agencies/publicsecurity.v1.yaml declares. */
@Component
class PublicSecurityBasicCheck implements AgencyAuthenticator {

    private final String expected;

    PublicSecurityBasicCheck(@Value("${govhub.simulators.publicsecurity.username:govhub}") String username,
                             @Value("${govhub.simulators.publicsecurity.password:dev-publicsecurity-password}") String password) {
        this.expected = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String agency() {
        return "publicsecurity";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"publicsecurity\"");
        // The household system (/api/hjxx) answers in its own shape, {jg, sm}, as the contract declares.
        AgencyAuthenticator.refuse(response, 401, "application/json", request.getRequestURI().contains("/api/hjxx/")
                ? "{\"jg\":\"9\",\"sm\":\"认证失败\"}"
                : "{\"error\":\"UNAUTHORIZED\",\"detail\":\"credentials required\"}");
        return false;
    }
}
