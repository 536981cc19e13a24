package org.govhub.hub.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for auditors: verify the chain, read an exchange's trail, and ask which
 * agencies received data about an identifier (sent in the body, so it never lands in an
 * access log or a URL).
 */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    public AuditChain.Verification verify() {
        return audit.verify();
    }

    @GetMapping("/exchanges/{id}")
    public List<AuditRecord> exchange(@PathVariable UUID id) {
        return audit.ofExchange(id);
    }

    /** The records of one consent: when it was recorded and, if it was, revoked (kind CONSENT). */
    @GetMapping("/consents/{id}")
    public List<AuditRecord> consent(@PathVariable UUID id) {
        return audit.ofConsent(id);
    }

    /** Body: {@code {"idNumber": "..."}}: a resident ID number or a unified social credit code. */
    @PostMapping("/data-subject-queries")
    public ResponseEntity<?> deliveriesAbout(@RequestBody Map<String, String> query) {
        String id = query.get("idNumber");
        if (id == null || id.isBlank()) {
            return ResponseEntity.badRequest().body(org.govhub.hub.ingress.Problems.problem(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-query", "idNumber is required",
                    "send {\"idNumber\": \"...\"}"));
        }
        List<Map<String, Object>> deliveries = audit.deliveriesAbout(id).stream()
                .map(r -> {
                    Map<String, Object> d = new java.util.LinkedHashMap<>();
                    d.put("seq", r.seq());
                    d.put("recordedAt", r.recordedAt());
                    d.put("exchangeId", r.exchangeId());
                    d.put("mandate", r.mandate());
                    d.put("agency", r.agency());
                    d.put("legalBasis", r.legalBasis() == null ? "" : r.legalBasis());
                    d.put("fields", r.fields());
                    return d;
                })
                .toList();
        return ResponseEntity.ok(Map.of("deliveries", deliveries));
    }
}
