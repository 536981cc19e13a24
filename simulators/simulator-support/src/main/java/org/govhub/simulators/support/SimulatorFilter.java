package org.govhub.simulators.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * In front of every agency API ({@code /<agency>/...}): applies that agency's faults, then
 * journals the request as received. Simulator controls under {@code /_sim} pass untouched.
 */
@Component
public class SimulatorFilter extends OncePerRequestFilter {

    /** The agencies whose APIs this process simulates; the first path segment names one. */
    public static final Set<String> AGENCIES = Set.of("realestate", "water", "power", "gas", "heat", "sms",
            // M7 judicial-transfer-tax
            "tax", "court",
            // M8 one-id-card-registration
            "housing", "publicsecurity", "civil");

    private final AgencyFaults faults;
    private final RequestJournal journal;
    private final Map<String, AgencyAuthenticator> authenticators;

    public SimulatorFilter(AgencyFaults faults, RequestJournal journal, List<AgencyAuthenticator> authenticators) {
        this.faults = faults;
        this.journal = journal;
        this.authenticators = authenticators.stream()
                .collect(Collectors.toUnmodifiableMap(AgencyAuthenticator::agency, a -> a));
    }

    static String agencyOf(String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return AGENCIES.contains(first) ? first : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return agencyOf(request.getRequestURI()) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String agency = agencyOf(request.getRequestURI());
        Duration delay = faults.latency(agency);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis()); // simulated agency latency, switched on by a fault
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        AgencyAuthenticator authenticator = authenticators.get(agency);
        HttpServletRequest readable = request;
        byte[] body = new byte[0];
        // A form's fields are read as parameters (the container parses the body); any other body
        // is read here, for signatures over it, and served again to the API.
        if (authenticator != null && !isForm(request)) {
            body = request.getInputStream().readAllBytes();
            readable = new CachedBodyRequest(request, body);
        }
        ContentCachingRequestWrapper wrapped = new ContentCachingRequestWrapper(readable, 1 << 20);
        try {
            if (faults.isDown(agency)) {
                response.setStatus(503);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(agency + " is down (simulated outage)");
                return;
            }
            if (faults.isDropping(agency)) {
                // Promise a body and break off after a few bytes: the connection is closed with the
                // answer unfinished, as when a gateway resets it mid-response.
                response.setStatus(200);
                response.setContentType("application/json");
                response.setContentLength(4096);
                response.getOutputStream().write("{\"code\":".getBytes(StandardCharsets.UTF_8));
                response.flushBuffer();
                return;
            }
            if (authenticator != null && !authenticator.admit(readable, body, response)) {
                return;
            }
            chain.doFilter(wrapped, response);
        } finally {
            String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            byte[] received = body.length > 0 ? body : wrapped.getContentAsByteArray();
            journal.record(agency, new RequestJournal.Entry(Instant.now(), request.getMethod(), path,
                    request.getContentType(), new String(received, StandardCharsets.UTF_8)));
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
