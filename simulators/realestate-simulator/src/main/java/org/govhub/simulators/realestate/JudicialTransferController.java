package org.govhub.simulators.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.contracts.identifier.CourtCaseNumber;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.simulators.support.GaotangSeed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's judicial-transfer API (M7, contracts/agencies/realestate.v1.yaml,
 * {@code /api/v1/judicial-transfers}), and its state under {@code /_sim/realestate/judicial-transfers}.
 */
@RestController
class JudicialTransferController {

    private static final Set<String> REGISTER_FIELDS = Set.of("commandId", "caseNumber", "unitNumber",
            "taxPaymentCertificateNo", "paidOn", "transferee");
    private static final Set<String> CANCEL_FIELDS = Set.of("commandId", "caseNumber", "unitNumber", "withdrawnOn", "reason");
    private static final Set<String> REASONS = Set.of("ORDER_REVOKED", "SETTLED", "OBJECTION_UPHELD");

    private final JudicialTransfers transfers;

    JudicialTransferController(JudicialTransfers transfers) {
        this.transfers = transfers;
    }

    @PostMapping(path = "/realestate/api/v1/judicial-transfers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
        Optional<String> problem = shape(body, REGISTER_FIELDS)
                .or(() -> common(body))
                .or(() -> body.path("taxPaymentCertificateNo").asText("").matches("^[A-Z0-9]{8,32}$") ? Optional.empty()
                        : Optional.of("taxPaymentCertificateNo: must be 8 to 32 capital letters or digits"))
                .or(() -> date(body, "paidOn"))
                .or(() -> party(body.path("transferee")));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        JsonNode t = body.get("transferee");
        return answer(transfers.register(body.get("commandId").asText(), body.get("caseNumber").asText(),
                body.get("unitNumber").asText(), body.get("taxPaymentCertificateNo").asText(),
                new GaotangSeed.Party(t.get("name").asText(), t.get("idType").asText(), t.get("idNumber").asText(), null)));
    }

    @PostMapping(path = "/realestate/api/v1/judicial-transfers/cancellations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> cancel(@RequestBody JsonNode body) {
        Optional<String> problem = shape(body, CANCEL_FIELDS)
                .or(() -> common(body))
                .or(() -> date(body, "withdrawnOn"))
                .or(() -> REASONS.contains(body.path("reason").asText()) ? Optional.empty()
                        : Optional.of("reason: must be one of ORDER_REVOKED, SETTLED, OBJECTION_UPHELD"));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        return answer(transfers.cancel(body.get("commandId").asText(), body.get("caseNumber").asText(),
                body.get("unitNumber").asText()));
    }

    @GetMapping("/_sim/realestate/judicial-transfers")
    List<JudicialTransfers.Registration> registrations() {
        return transfers.registrations();
    }

    private static ResponseEntity<Map<String, Object>> answer(JudicialTransfers.Answer a) {
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON).body(a.body());
    }

    private static Optional<String> shape(JsonNode body, Set<String> fields) {
        if (!body.isObject()) {
            return Optional.of("body: must be a JSON object");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                return Optional.of(name + ": not allowed");
            }
        }
        return fields.stream().sorted().filter(f -> !body.has(f)).findFirst().map(f -> f + ": required");
    }

    private static Optional<String> common(JsonNode body) {
        String commandId = body.path("commandId").asText("");
        if (commandId.isEmpty() || commandId.length() > 200) {
            return Optional.of("commandId: must be 1 to 200 characters");
        }
        return CourtCaseNumber.check(body.path("caseNumber").asText(null)).map(p -> "caseNumber: " + p)
                .or(() -> RealEstateUnitNumber.check(body.path("unitNumber").asText(null)).map(p -> "unitNumber: " + p));
    }

    private static Optional<String> party(JsonNode p) {
        if (!p.isObject() || !p.path("name").isTextual() || p.get("name").asText().isEmpty()
                || p.get("name").asText().length() > 100) {
            return Optional.of("transferee.name: must be 1 to 100 characters");
        }
        String number = p.path("idNumber").asText(null);
        return switch (p.path("idType").asText("")) {
            case "RESIDENT_ID" -> ResidentIdNumber.check(number).map(m -> "transferee.idNumber: " + m);
            case "USCC" -> UnifiedSocialCreditCode.standard().check(number).map(m -> "transferee.idNumber: " + m);
            default -> Optional.of("transferee.idType: must be RESIDENT_ID or USCC");
        };
    }

    private static Optional<String> date(JsonNode body, String field) {
        try {
            LocalDate.parse(body.path(field).asText(""));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(field + ": must be a date, yyyy-MM-dd");
        }
    }

    private static ResponseEntity<Map<String, Object>> invalid(String why) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "INVALID_REQUEST");
        body.put("message", why);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
