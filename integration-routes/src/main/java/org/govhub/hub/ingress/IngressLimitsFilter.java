package org.govhub.hub.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The event ingress's rate limit per client and its size limit, before a byte of the event is
 * parsed. It runs after Spring Security, so a bucket belongs to an authenticated client (never to
 * whoever claims a name) and there are only as many buckets as the realm has clients.
 */
public class IngressLimitsFilter extends OncePerRequestFilter {

    private final IngressLimits limits;
    private final ObjectMapper mapper;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public IngressLimitsFilter(IngressLimits limits, ObjectMapper mapper) {
        this.limits = limits;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/v1/events".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.isAuthenticated()) {
            ConsumptionProbe probe = buckets.computeIfAbsent(caller.getName(), name -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                response.setHeader("Retry-After", Long.toString(retryAfter));
                write(response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many events",
                        "client '" + caller.getName() + "' may hand in " + limits.getRefill() + " events per "
                                + limits.getRefillPeriod() + " (bursts of " + limits.getBurst() + "); retry after "
                                + retryAfter + " s"));
                return;
            }
        }
        long declared = request.getContentLengthLong();
        if (declared > limits.getMaxPayloadBytes()) {
            write(response, tooLarge());
            return;
        }
        try {
            chain.doFilter(new Bounded(request, limits.getMaxPayloadBytes()), response);
        } catch (PayloadTooLargeException e) {
            // A chunked body that grew past the limit while it was read.
            if (!response.isCommitted()) {
                response.reset();
                write(response, tooLarge());
            }
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.getBurst())
                        .refillGreedy(limits.getRefill(), limits.getRefillPeriod()).build())
                .build();
    }

    private ProblemDetail tooLarge() {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The event is too large",
                "an event may be at most " + limits.getMaxPayloadBytes() + " bytes");
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }


    /** The request with a body that may not be read beyond the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new PayloadTooLargeException();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > max) {
                        throw new PayloadTooLargeException();
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
