package org.govhub.simulators.gas;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** HTTP Basic in front of the gas company's service, as contracts/agencies/gas.v1.yaml declares. */
@Component
class GasBasicAuthCheck implements AgencyAuthenticator {

    private final String expected;

    GasBasicAuthCheck(@Value("${govhub.simulators.gas.username}") String username,
                      @Value("${govhub.simulators.gas.password}") String password) {
        this.expected = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String agency() {
        return "gas";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"gas\", charset=\"UTF-8\"");
        AgencyAuthenticator.refuse(response, 401, "text/plain", "Unauthorized");
        return false;
    }
}
