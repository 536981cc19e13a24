package org.govhub.simulators.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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
    public static final Set<String> AGENCIES = Set.of("realestate", "water", "power", "gas", "heat", "sms");

    private final AgencyFaults faults;
    private final RequestJournal journal;

    public SimulatorFilter(AgencyFaults faults, RequestJournal journal) {
        this.faults = faults;
        this.journal = journal;
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
        ContentCachingRequestWrapper wrapped = new ContentCachingRequestWrapper(request, 1 << 20);
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
            chain.doFilter(wrapped, response);
        } finally {
            String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            journal.record(agency, new RequestJournal.Entry(Instant.now(), request.getMethod(), path,
                    request.getContentType(), new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8)));
        }
    }
}
