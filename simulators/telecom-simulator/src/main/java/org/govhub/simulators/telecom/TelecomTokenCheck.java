package org.govhub.simulators.telecom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The platform's bearer token, as contracts/agencies/telecom.v1.yaml declares. */
@Component
class TelecomTokenCheck implements AgencyAuthenticator {

    private final String token;

    TelecomTokenCheck(@Value("${govhub.simulators.telecom.api-token}") String token) {
        this.token = token;
    }

    @Override
    public String agency() {
        return "telecom";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ") && AgencyAuthenticator.same(token, header.substring(7))) {
            return true;
        }
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"resultCode\":\"1401\",\"resultMsg\":\"令牌无效\"}");
        return false;
    }
}
