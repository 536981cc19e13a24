package org.govhub.simulators.court;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The court's account for the hub, HTTP Basic, as contracts/agencies/court.v1.yaml declares. */
@Component
class CourtAccountCheck implements AgencyAuthenticator {

    private final String expected;

    CourtAccountCheck(@Value("${govhub.simulators.court.username}") String username,
                      @Value("${govhub.simulators.court.password}") String password) {
        this.expected = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String agency() {
        return "court";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"court\"");
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"errorCode\":\"UNAUTHORIZED\",\"errorMessage\":\"账号或密码错误\"}");
        return false;
    }
}
