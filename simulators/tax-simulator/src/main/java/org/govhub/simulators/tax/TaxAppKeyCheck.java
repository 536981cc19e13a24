package org.govhub.simulators.tax;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The application key in {@code X-Tax-App-Key}, as contracts/agencies/tax.v1.yaml declares. */
@Component
class TaxAppKeyCheck implements AgencyAuthenticator {

    private final String appKey;

    TaxAppKeyCheck(@Value("${govhub.simulators.tax.app-key:dev-tax-app-key}") String appKey) {
        this.appKey = appKey;
    }

    @Override
    public String agency() {
        return "tax";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(appKey, request.getHeader("X-Tax-App-Key"))) {
            return true;
        }
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"code\":\"41\",\"msg\":\"应用密钥无效\"}");
        return false;
    }
}
