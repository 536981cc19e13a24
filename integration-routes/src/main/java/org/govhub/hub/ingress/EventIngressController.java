package org.govhub.hub.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jms.JmsException;
import org.govhub.contracts.schema.Violation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: an agency system hands in a CloudEvents 1.0 event in structured
 * mode. 202 with the exchange id, 400 with a problem document naming every violation, or 403
 * when the caller's agency is not the event's source or emits no such event.
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventIngressController {

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    private static final Logger LOG = LoggerFactory.getLogger(EventIngressController.class);

    private final EventIngress ingress;
    private final CallerIdentity callers;

    public EventIngressController(EventIngress ingress, CallerIdentity callers) {
        this.ingress = ingress;
        this.callers = callers;
    }

    @PostMapping(consumes = CLOUDEVENTS_JSON)
    public ResponseEntity<Map<String, Object>> accept(@RequestBody byte[] body, HttpServletRequest request) {
        // From the header itself: the servlet's character encoding is forced to UTF-8 by Boot.
        var charset = org.springframework.http.MediaType.parseMediaType(request.getContentType()).getCharset();
        if (charset != null && !java.nio.charset.StandardCharsets.UTF_8.equals(charset)) {
            throw new InvalidEventException(List.of(new Violation("", "charset",
                    "the Content-Type names charset " + charset + "; events must be encoded in UTF-8")));
        }
        EventIngress.Receipt receipt = ingress.accept(body, callers.current());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/exchanges/" + receipt.exchangeId()))
                .body(Map.of("exchangeId", receipt.exchangeId().toString(), "duplicate", receipt.duplicate()));
    }

    @ExceptionHandler(ForbiddenEventException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenEventException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN,
                "forbidden-event", "This caller may not hand in this event", e.getMessage()));
    }

    /** The body grew past the size limit while it was read (IngressLimitsFilter bounds the stream). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof PayloadTooLargeException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "payload-too-large", "The event is too large", e.getCause().getMessage()));
        }
        return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                "The body could not be read", "the request body could not be read"));
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEventException e) {
        return ResponseEntity.badRequest().body(Problems.invalidEvent(e.violations()));
    }

    /**
     * The event could not be recorded or published just now. Nothing was lost: the caller sends
     * the same event (same id) again, and the hub carries it out once.
     */
    @ExceptionHandler({JmsException.class, DataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        LOG.warn("event not accepted, hub dependency unavailable: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "hub-unavailable", "Try again",
                        "the hub could not record or publish the event just now; send the same event again"));
    }
}
