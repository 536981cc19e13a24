package org.govhub.simulators.approval;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The registration system's API takes the access token it issued, as a bearer token (contracts/agencies/approval.v1.yaml). */
@Component
class ApprovalTokenCheck implements AgencyAuthenticator {

    private final String expected;

    ApprovalTokenCheck(@Value("${govhub.simulators.approval.api-token:dev-approval-token}") String token) {
        this.expected = "Bearer " + token;
    }

    @Override
    public String agency() {
        return "approval";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(expected, request.getHeader("Authorization"))) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"approval\"");
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"code\":\"UNAUTHORIZED\",\"message\":\"missing or unknown access token\"}");
        return false;
    }
}
