package org.govhub.simulators.credit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bearer token the platform issued to the hub, as contracts/agencies/credit.v1.yaml declares. */
@Component
class CreditTokenCheck implements AgencyAuthenticator {

    private final String token;

    CreditTokenCheck(@Value("${govhub.simulators.credit.api-token:dev-credit-token}") String token) {
        this.token = token;
    }

    @Override
    public String agency() {
        return "credit";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ") && AgencyAuthenticator.same(token, header.substring(7))) {
            return true;
        }
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"error\":\"UNAUTHORIZED\",\"detail\":\"令牌无效\"}");
        return false;
    }
}
