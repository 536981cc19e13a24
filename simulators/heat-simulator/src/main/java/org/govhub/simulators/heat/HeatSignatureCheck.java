package org.govhub.simulators.heat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.govhub.simulators.support.AgencyAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The heating company's signed requests, as contracts/agencies/heat.v1.yaml declares: {@code sign}
 * is the hex HMAC-SHA256 of the sorted parameters under the app secret, and {@code timestamp}
 * must be within {@link #WINDOW} of the company's clock, so a captured request cannot be replayed later.
 */
@Component
class HeatSignatureCheck implements AgencyAuthenticator {

    static final Duration WINDOW = Duration.ofSeconds(300);
    /** Parameters of the signature, not of the transfer. */
    static final Set<String> SIGNATURE_PARAMETERS = Set.of("appId", "timestamp", "sign");

    private final String appId;
    private final String appSecret;
    private final Clock clock = Clock.systemUTC();

    HeatSignatureCheck(@Value("${govhub.simulators.heat.app-id}") String appId,
                       @Value("${govhub.simulators.heat.app-secret}") String appSecret) {
        this.appId = appId;
        this.appSecret = appSecret;
    }

    @Override
    public String agency() {
        return "heat";
    }

    @Override
    public boolean admit(HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        if (!appId.equals(first(parameters, "appId"))) {
            return refuse(response, "appId 无效");
        }
        String timestamp = first(parameters, "timestamp");
        if (timestamp == null || !timestamp.matches("\\d{13}")
                || Math.abs(clock.millis() - Long.parseLong(timestamp)) > WINDOW.toMillis()) {
            return refuse(response, "时间戳超出允许范围");
        }
        String expected = HexFormat.of().formatHex(AgencyAuthenticator.hmacSha256(appSecret, canonical(parameters)));
        if (!AgencyAuthenticator.same(expected, first(parameters, "sign"))) {
            return refuse(response, "签名错误");
        }
        return true;
    }

    /** Every parameter but {@code sign}, with a value, sorted by name: {@code a=1&b=2}. */
    static String canonical(Map<String, String[]> parameters) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, values) -> {
            if (!"sign".equals(name)) {
                for (String value : values) {
                    if (value != null && !value.isEmpty()) {
                        joined.add(name + "=" + value);
                    }
                }
            }
        });
        return joined.toString();
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static boolean refuse(HttpServletResponse response, String why) throws IOException {
        AgencyAuthenticator.refuse(response, 401, "application/json", "{\"ret\":401,\"msg\":\"" + why + "\"}");
        return false;
    }
}
