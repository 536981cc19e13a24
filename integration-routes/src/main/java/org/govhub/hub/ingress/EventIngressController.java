package org.govhub.hub.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.schema.Violation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: an agency system hands in a CloudEvents 1.0 event in structured
 * mode. 202 with the exchange id, or 400 with a problem document naming every violation.
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventIngressController {

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";

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
        EventIngress.Receipt receipt = ingress.accept(body, callers.of(request));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/exchanges/" + receipt.exchangeId()))
                .body(Map.of("exchangeId", receipt.exchangeId().toString(), "duplicate", receipt.duplicate()));
    }

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEventException e) {
        return ResponseEntity.badRequest().body(Problems.invalidEvent(e.violations()));
    }
}
