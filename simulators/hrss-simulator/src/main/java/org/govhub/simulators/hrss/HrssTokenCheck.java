package org.govhub.simulators.hrss;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The access token the agency issued to the hub, as a bearer token (contracts/agencies/hrss.v1.yaml). */
@Component
class HrssTokenCheck implements AgencyAuthenticator {

    private final String expected;

    HrssTokenCheck(@Value("${govhub.simulators.hrss.api-token:dev-hrss-token}") String token) {
        this.expected = "Bearer " + token;
    }

    @Override
    public String agency() {
        return "hrss";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"hrss\"");
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"ret\":4010,\"msg\":\"令牌无效\"}");
        return false;
    }
}
