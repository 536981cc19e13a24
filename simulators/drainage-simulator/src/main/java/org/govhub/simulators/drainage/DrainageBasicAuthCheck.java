package org.govhub.simulators.drainage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** HTTP Basic in front of the drainage service, as contracts/agencies/drainage.v1.yaml declares. */
@Component
class DrainageBasicAuthCheck implements AgencyAuthenticator {

    private final String expected;

    DrainageBasicAuthCheck(@Value("${govhub.simulators.drainage.username}") String username,
                           @Value("${govhub.simulators.drainage.password}") String password) {
        this.expected = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String agency() {
        return "drainage";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"drainage\"");
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"success\":false,\"errorCode\":\"UNAUTHORIZED\",\"message\":\"用户名或密码错误\"}");
        return false;
    }
}
