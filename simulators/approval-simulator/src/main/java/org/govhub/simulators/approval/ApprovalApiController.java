package org.govhub.simulators.approval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registration system's API, contracts/agencies/approval.v1.yaml, under {@code /approval}. */
@RestController
@RequestMapping(path = "/approval/api/v1", produces = "application/json")
public class ApprovalApiController {

    private static final Set<String> ENTERPRISE_TYPES = Set.of("LIMITED_LIABILITY_COMPANY", "JOINT_STOCK_COMPANY",
            "SOLE_PROPRIETORSHIP", "PARTNERSHIP", "FARMERS_COOPERATIVE");
    private static final Set<String> SERVICES = Set.of("TAX_REGISTRATION", "INVOICE", "SEAL", "SOCIAL_INSURANCE",
            "BANK_ACCOUNT");
    private static final Set<String> SEALS = Set.of("OFFICIAL", "FINANCE", "INVOICE", "CONTRACT", "LEGAL_REPRESENTATIVE");
    private static final Set<String> STATUSES = Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED");
    private static final Set<String> AGENCIES = Set.of("tax", "publicsecurity", "hrss", "bank", "market");

    /** A registration or deregistration as the API shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(String registrationNo, String deregistrationNo, String uscc, String name,
                           LocalDate establishedDate, LocalDate deregisteredDate, String status, String consentId,
                           String consentDetail, String bankAccountNo, Integer permitsCancelled,
                           EnterpriseRegister.Delivery hubDelivery, JsonNode startupOutcome, JsonNode outcome,
                           int outcomeReports) {
        static CaseView of(EnterpriseRegister.Case c) {
            boolean reg = "REGISTRATION".equals(c.kind());
            return new CaseView(reg ? c.number() : null, reg ? null : c.number(), c.uscc(), c.name(),
                    reg ? c.date() : null, reg ? null : c.date(), reg ? "REGISTERED" : "DEREGISTERED", c.consentId(),
                    c.consentDetail(), c.bankAccountNo(), reg ? null : c.permitsCancelled(), c.hubDelivery(),
                    reg ? c.outcome() : null, reg ? null : c.outcome(), c.outcomeReports());
        }
    }

    record ErrorView(String code, String message) {
    }

    private final EnterpriseRegister register;

    public ApprovalApiController(EnterpriseRegister register) {
        this.register = register;
    }

    // --- M4 enterprise-startup-bundle ---
    @PostMapping("/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    public CaseView register(@RequestBody JsonNode body) {
        Optional<String> problem = RequestChecks.of(body)
                .only(Set.of("uscc", "name", "enterpriseType", "address", "businessScope", "registeredCapital",
                        "staffCount", "legalRepresentative", "services", "seals", "bank", "bankAuthorisation"))
                .uscc("uscc")
                .text("name", 2, 100, true)
                .oneOf("enterpriseType", ENTERPRISE_TYPES, true)
                .text("address", 2, 200, true)
                .text("businessScope", 0, 2000, false)
                .pattern("registeredCapital", "^\\d{1,13}(\\.\\d{1,2})?$", "must be an amount in yuan", false)
                .text("legalRepresentative.name", 1, 100, true)
                .oneOf("legalRepresentative.idType", Set.of("RESIDENT_ID"), true)
                .residentId("legalRepresentative.idNumber")
                .pattern("legalRepresentative.phone", "^1[3-9]\\d{9}$", "must be an 11-digit mobile number", false)
                .pattern("bank.bankCode", "^\\d{12}$", "must be 12 digits", false)
                .text("bank.branchName", 2, 100, false)
                .text("bankAuthorisation.evidence", 1, 200, false)
                .problem();
        problem = problem.or(() -> list(body, "services", SERVICES, true)).or(() -> list(body, "seals", SEALS, false));
        if (problem.isEmpty() && contains(body, "services", "BANK_ACCOUNT") && !body.path("bank").isObject()) {
            problem = Optional.of("bank: is required when BANK_ACCOUNT is asked for");
        }
        if (problem.isEmpty() && contains(body, "services", "SEAL") && !body.path("seals").isArray()) {
            problem = Optional.of("seals: is required when SEAL is asked for");
        }
        if (problem.isEmpty() && body.has("staffCount") && (!body.get("staffCount").isInt()
                || body.get("staffCount").asInt() < 0)) {
            problem = Optional.of("staffCount: must be a whole number, 0 or more");
        }
        problem.ifPresent(p -> {
            throw ApprovalRefusal.invalid(p);
        });
        return CaseView.of(register.register(body));
    }

    @GetMapping("/registrations/{registrationNo}")
    public CaseView registration(@PathVariable String registrationNo) {
        return register.find(registrationNo).filter(c -> "REGISTRATION".equals(c.kind())).map(CaseView::of)
                .orElseThrow(() -> ApprovalRefusal.notFound("no such registration"));
    }

    @PostMapping("/registrations/{registrationNo}/startup-outcome")
    public Map<String, Object> startupOutcome(@PathVariable String registrationNo, @RequestBody JsonNode body) {
        checkOutcome(body, true);
        return register.report(registrationNo, "REGISTRATION", body);
    }

    // --- M5 enterprise-deregistration ---
    @PostMapping("/deregistrations")
    @ResponseStatus(HttpStatus.CREATED)
    public CaseView deregister(@RequestBody JsonNode body) {
        RequestChecks.of(body).only(Set.of("uscc", "procedure", "reason")).uscc("uscc")
                .oneOf("procedure", Set.of("SIMPLIFIED", "GENERAL"), true)
                .oneOf("reason", Set.of("VOLUNTARY_DISSOLUTION", "MERGER_OR_DIVISION", "BANKRUPTCY", "LICENCE_REVOKED",
                        "OTHER"), true)
                .problem().ifPresent(p -> {
                    throw ApprovalRefusal.invalid(p);
                });
        return CaseView.of(register.deregister(body));
    }

    @PostMapping("/deregistrations/{deregistrationNo}/outcome")
    public Map<String, Object> deregistrationOutcome(@PathVariable String deregistrationNo, @RequestBody JsonNode body) {
        checkOutcome(body, false);
        return register.report(deregistrationNo, "DEREGISTRATION", body);
    }

    private static void checkOutcome(JsonNode body, boolean startup) {
        Optional<String> problem = RequestChecks.of(body)
                .only(startup ? Set.of("commandId", "uscc", "outcome", "steps", "bankAccountNo")
                        : Set.of("commandId", "uscc", "outcome", "steps"))
                .text("commandId", 1, 100, true)
                .uscc("uscc")
                .oneOf("outcome", Set.of("COMPLETED", "PARTIAL"), true)
                .pattern("bankAccountNo", "^\\d{10,25}$", "must be 10 to 25 digits", false)
                .problem();
        if (problem.isEmpty() && !body.path("steps").isArray()) {
            problem = Optional.of("steps: is required, a list");
        }
        if (problem.isEmpty()) {
            for (JsonNode step : body.path("steps")) {
                problem = RequestChecks.of(step).only(Set.of("agency", "status", "reasonCode", "reason", "reference"))
                        .oneOf("agency", AGENCIES, true).oneOf("status", STATUSES, true)
                        .text("reasonCode", 1, 64, false).text("reason", 0, 500, false).text("reference", 1, 64, false)
                        .problem().map(p -> "steps[]." + p);
                if (problem.isPresent()) {
                    break;
                }
            }
        }
        problem.ifPresent(p -> {
            throw ApprovalRefusal.invalid(p);
        });
    }

    private static Optional<String> list(JsonNode body, String field, Set<String> values, boolean required) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return required ? Optional.of(field + ": is required") : Optional.empty();
        }
        if (!v.isArray() || (required && v.isEmpty())) {
            return Optional.of(field + ": must be a list" + (required ? " of at least one" : ""));
        }
        for (JsonNode item : v) {
            if (!values.contains(item.asText())) {
                return Optional.of(field + ": each must be one of " + values.stream().sorted().toList());
            }
        }
        return Optional.empty();
    }

    private static boolean contains(JsonNode body, String field, String value) {
        for (JsonNode item : body.path(field)) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(ApprovalRefusal.class)
    ResponseEntity<ErrorView> refused(ApprovalRefusal refusal) {
        return ResponseEntity.status(refusal.status()).body(new ErrorView(refusal.code(), refusal.getMessage()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ErrorView> unreadable() {
        return ResponseEntity.badRequest().body(new ErrorView("INVALID_REQUEST", "body: must be a JSON object"));
    }
}
