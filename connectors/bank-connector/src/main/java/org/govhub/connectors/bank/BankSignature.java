package org.govhub.connectors.bank;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.govhub.connectors.support.AgencyAuth;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * The bank's request signature (contracts/agencies/bank.v1.yaml): {@code X-Bank-Client},
 * {@code X-Bank-Timestamp} (seconds) and {@code X-Bank-Signature}, the hex HMAC-SHA256 of
 * {@code timestamp + "\n" + body} under the secret the bank gave the hub.
 */
public final class BankSignature {

    static final String AGENCY = "bank";

    private BankSignature() {
    }

    public static ClientHttpRequestInterceptor interceptor(String clientId, String secret) {
        return interceptor(clientId, secret, Clock.systemUTC());
    }

    static ClientHttpRequestInterceptor interceptor(String clientId, String secret, Clock clock) {
        String client = AgencyAuth.required(AGENCY, "client-id", clientId);
        String key = AgencyAuth.required(AGENCY, "client-secret", secret);
        return (request, body, execution) -> {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            request.getHeaders().set("X-Bank-Client", client);
            request.getHeaders().set("X-Bank-Timestamp", timestamp);
            request.getHeaders().set("X-Bank-Signature",
                    AgencyAuth.hmacSha256Hex(key, timestamp + "\n" + new String(body, StandardCharsets.UTF_8)));
            return execution.execute(request, body);
        };
    }
}
