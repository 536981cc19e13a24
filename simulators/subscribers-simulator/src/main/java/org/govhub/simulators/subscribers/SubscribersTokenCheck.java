package org.govhub.simulators.subscribers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bearer token the subscribing systems issued to the hub (one, in this simulation). */
@Component
class SubscribersTokenCheck implements AgencyAuthenticator {

    private final String token;

    SubscribersTokenCheck(@Value("${govhub.simulators.subscribers.api-token:dev-subscribers-token}") String token) {
        this.token = token;
    }

    @Override
    public String agency() {
        return "subscribers";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ") && AgencyAuthenticator.same(token, header.substring(7))) {
            return true;
        }
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"code\":\"UNAUTHORIZED\",\"message\":\"令牌无效\"}");
        return false;
    }
}
