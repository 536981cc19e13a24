package org.govhub.simulators.water;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The utility's API key in {@code X-Api-Key}, as contracts/agencies/water.v1.yaml declares. */
@Component
class WaterApiKeyCheck implements AgencyAuthenticator {

    private final String apiKey;

    WaterApiKeyCheck(@Value("${govhub.simulators.water.api-key}") String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String agency() {
        return "water";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (AgencyAuthenticator.same(apiKey, request.getHeader("X-Api-Key"))) {
            return true;
        }
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"code\":\"4010\",\"msg\":\"接口密钥无效\"}");
        return false;
    }
}
