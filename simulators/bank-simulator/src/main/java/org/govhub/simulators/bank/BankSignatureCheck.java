package org.govhub.simulators.bank;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bank's request signature (contracts/agencies/bank.v1.yaml): {@code X-Bank-Client} names
 * the caller, {@code X-Bank-Timestamp} is within 300 s of the bank's clock, and
 * {@code X-Bank-Signature} is the hex HMAC-SHA256 of {@code timestamp + "\n" + body} under the
 * caller's secret.
 */
@Component
class BankSignatureCheck implements AgencyAuthenticator {

    static final long WINDOW_SECONDS = 300;

    private final String clientId;
    private final String secret;
    private final Clock clock = Clock.systemUTC();

    BankSignatureCheck(@Value("${govhub.simulators.bank.client-id:govhub}") String clientId,
                       @Value("${govhub.simulators.bank.client-secret:dev-bank-secret}") String secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    @Override
    public String agency() {
        return "bank";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        String timestamp = request.getHeader("X-Bank-Timestamp");
        String signature = request.getHeader("X-Bank-Signature");
        boolean fresh = false;
        if (timestamp != null && timestamp.matches("^\\d{10}$")) {
            fresh = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= WINDOW_SECONDS;
        }
        if (fresh && AgencyAuthenticator.same(clientId, request.getHeader("X-Bank-Client")) && signature != null) {
            String expected = HexFormat.of().formatHex(AgencyAuthenticator.hmacSha256(secret,
                    timestamp + "\n" + new String(body, StandardCharsets.UTF_8)));
            if (AgencyAuthenticator.same(expected, signature)) {
                return true;
            }
        }
        AgencyAuthenticator.refuse(response, 401, "application/json",
                "{\"resultCode\":\"SIGNATURE_INVALID\",\"message\":\"signature or timestamp not accepted\"}");
        return false;
    }
}
