package org.govhub.connectors.sms;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.govhub.connectors.support.AgencyAuth;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Signs each request as the gateway requires (contracts/agencies/sms.v1.yaml, {@code Signature}):
 * base64 HMAC-SHA256 under the access key secret of method, path, date and the body's SHA-256,
 * so the secret itself never travels and a captured request is refused once its date is stale.
 */
final class SmsRequestSigner implements ClientHttpRequestInterceptor {

    private final String accessKeyId;
    private final String accessKeySecret;
    private final Clock clock;

    SmsRequestSigner(String accessKeyId, String accessKeySecret, Clock clock) {
        this.accessKeyId = AgencyAuth.required(SmsNotificationHandler.AGENCY, "access-key-id", accessKeyId);
        this.accessKeySecret = AgencyAuth.required(SmsNotificationHandler.AGENCY, "access-key-secret", accessKeySecret);
        this.clock = clock;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String date = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        String toSign = request.getMethod().name() + "\n" + request.getURI().getRawPath() + "\n" + date + "\n"
                + AgencyAuth.sha256Hex(body);
        request.getHeaders().set("X-Sms-Access-Key-Id", accessKeyId);
        request.getHeaders().set("X-Sms-Date", date);
        request.getHeaders().set("X-Sms-Signature", AgencyAuth.hmacSha256Base64(accessKeySecret, toSign));
        return execution.execute(request, body);
    }
}
