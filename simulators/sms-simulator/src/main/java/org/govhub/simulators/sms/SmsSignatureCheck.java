package org.govhub.simulators.sms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gateway's request signatures, as contracts/agencies/sms.v1.yaml declares: the access key
 * id names the caller, and {@code X-Sms-Signature} proves it holds the secret, over the method,
 * path, date and body; a date outside {@link #WINDOW} is refused, against replay.
 */
@Component
class SmsSignatureCheck implements AgencyAuthenticator {

    static final Duration WINDOW = Duration.ofSeconds(900);

    private final String accessKeyId;
    private final String accessKeySecret;
    private final Clock clock = Clock.systemUTC();

    SmsSignatureCheck(@Value("${govhub.simulators.sms.access-key-id}") String accessKeyId,
                      @Value("${govhub.simulators.sms.access-key-secret}") String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
    }

    @Override
    public String agency() {
        return "sms";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        if (!accessKeyId.equals(request.getHeader("X-Sms-Access-Key-Id"))) {
            return refuse(response, "InvalidAccessKeyId.NotFound", "the access key id is missing or unknown");
        }
        String date = request.getHeader("X-Sms-Date");
        try {
            if (date == null || Duration.between(Instant.parse(date), clock.instant()).abs().compareTo(WINDOW) > 0) {
                return refuse(response, "InvalidTimeStamp.Expired", "X-Sms-Date is missing or more than 900 s off");
            }
        } catch (DateTimeParseException e) {
            return refuse(response, "InvalidTimeStamp.Expired", "X-Sms-Date is not an ISO-8601 instant");
        }
        String toSign = request.getMethod() + "\n" + request.getRequestURI() + "\n" + date + "\n"
                + AgencyAuthenticator.sha256Hex(body);
        String expected = Base64.getEncoder().encodeToString(AgencyAuthenticator.hmacSha256(accessKeySecret, toSign));
        if (!AgencyAuthenticator.same(expected, request.getHeader("X-Sms-Signature"))) {
            return refuse(response, "SignatureDoesNotMatch", "the request signature does not match");
        }
        return true;
    }

    private static boolean refuse(HttpServletResponse response, String code, String message) throws IOException {
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"requestId\":\"" + UUID.randomUUID().toString().toUpperCase() + "\"}");
        return false;
    }
}
