package org.govhub.simulators.market;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code Authorization: APPCODE <code>}, as contracts/agencies/market.v1.yaml declares. */
@Component
class MarketAppCodeCheck implements AgencyAuthenticator {

    private final String appCode;

    MarketAppCodeCheck(@Value("${govhub.simulators.market.app-code:dev-market-appcode}") String appCode) {
        this.appCode = appCode;
    }

    @Override
    public String agency() {
        return "market";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("APPCODE ") && AgencyAuthenticator.same(appCode, header.substring(8))) {
            return true;
        }
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"success\":false,\"errorCode\":\"UNAUTHORIZED\",\"errorMsg\":\"AppCode 无效\"}");
        return false;
    }
}
