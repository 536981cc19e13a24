package org.govhub.simulators.approval;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bearer token the bureau issued to the hub, as contracts/agencies/approval.v1.yaml declares. */
@Component
class ApprovalTokenCheck implements AgencyAuthenticator {

    private final String token;

    ApprovalTokenCheck(@Value("${govhub.simulators.approval.api-token:dev-approval-token}") String token) {
        this.token = token;
    }

    @Override
    public String agency() {
        return "approval";
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
