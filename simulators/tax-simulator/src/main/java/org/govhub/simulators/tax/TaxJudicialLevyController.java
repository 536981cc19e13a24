package org.govhub.simulators.tax;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.contracts.identifier.CourtCaseNumber;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bureau's levies on court-ordered transfers (M7), contracts/agencies/tax.v1.yaml: business
 * answers are HTTP 200 with a code; only a malformed request is 400 (code 1001, the message
 * naming the field and the rule, never its value).
 */
@RestController
@RequestMapping(path = "/tax/api/deed-tax/judicial-levies", produces = MediaType.APPLICATION_JSON_VALUE)
class TaxJudicialLevyController {

    private static final Pattern AMOUNT = Pattern.compile("^\\d{1,13}(\\.\\d{1,2})?$");
    private static final Set<String> LEVY_FIELDS = Set.of("request_id", "case_number", "unit_number", "address",
            "ruling_date", "taxable_amount", "transferee", "transferor_name");
    private static final Set<String> CANCEL_FIELDS = Set.of("request_id", "case_number", "unit_number", "withdrawn_on",
            "reason");
    private static final Set<String> REASONS = Set.of("ORDER_REVOKED", "SETTLED", "OBJECTION_UPHELD");

    private final TaxJudicialLevies levies;

    TaxJudicialLevyController(TaxJudicialLevies levies) {
        this.levies = levies;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaxJudicialLevies.Answer> levy(@RequestBody JsonNode body) {
        Optional<String> problem = shape(body, LEVY_FIELDS)
                .or(() -> common(body))
                .or(() -> text(body, "address", 2, 200))
                .or(() -> date(body, "ruling_date"))
                .or(() -> AMOUNT.matcher(body.path("taxable_amount").asText("")).matches() && body.get("taxable_amount").isTextual()
                        ? Optional.empty() : Optional.of("taxable_amount: 须为金额 (最多两位小数)"))
                .or(() -> text(body, "transferor_name", 1, 100))
                .or(() -> taxpayer(body.path("transferee")));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        JsonNode t = body.get("transferee");
        return ResponseEntity.ok(levies.levy(body.get("request_id").asText(), body.get("case_number").asText(),
                body.get("unit_number").asText(), body.get("taxable_amount").asText(),
                new TaxJudicialLevies.Taxpayer(t.get("name").asText(), t.get("id_type").asText(), t.get("id_number").asText())));
    }

    @PostMapping(path = "/cancellations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaxJudicialLevies.Answer> cancel(@RequestBody JsonNode body) {
        Optional<String> problem = shape(body, CANCEL_FIELDS)
                .or(() -> common(body))
                .or(() -> date(body, "withdrawn_on"))
                .or(() -> REASONS.contains(body.path("reason").asText()) ? Optional.empty()
                        : Optional.of("reason: 须为 ORDER_REVOKED、SETTLED 或 OBJECTION_UPHELD"));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        return ResponseEntity.ok(levies.cancel(body.get("request_id").asText(), body.get("case_number").asText(),
                body.get("unit_number").asText()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<TaxJudicialLevies.Answer> unreadable() {
        return invalid("请求体不是合法的 JSON");
    }

    private static Optional<String> shape(JsonNode body, Set<String> fields) {
        if (!body.isObject()) {
            return Optional.of("请求体须为 JSON 对象");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                return Optional.of(name + ": 不允许的字段");
            }
        }
        return fields.stream().sorted().filter(f -> !body.has(f)).findFirst().map(f -> f + ": 缺少必填字段");
    }

    private static Optional<String> common(JsonNode body) {
        return text(body, "request_id", 1, 200)
                .or(() -> CourtCaseNumber.check(body.path("case_number").asText(null)).map(p -> "case_number: " + p))
                .or(() -> RealEstateUnitNumber.check(body.path("unit_number").asText(null)).map(p -> "unit_number: " + p));
    }

    private static Optional<String> taxpayer(JsonNode t) {
        if (!t.isObject()) {
            return Optional.of("transferee: 须为对象");
        }
        Optional<String> name = text(t, "name", 1, 100).map(p -> "transferee." + p);
        if (name.isPresent()) {
            return name;
        }
        String type = t.path("id_type").asText("");
        String number = t.path("id_number").asText(null);
        return switch (type) {
            case "RESIDENT_ID" -> ResidentIdNumber.check(number).map(p -> "transferee.id_number: " + p);
            case "USCC" -> UnifiedSocialCreditCode.standard().check(number).map(p -> "transferee.id_number: " + p);
            default -> Optional.of("transferee.id_type: 须为 RESIDENT_ID 或 USCC");
        };
    }

    private static Optional<String> text(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().length() < min || value.asText().length() > max) {
            return Optional.of(field + ": 须为 " + min + "-" + max + " 个字符的字符串");
        }
        return Optional.empty();
    }

    private static Optional<String> date(JsonNode body, String field) {
        try {
            LocalDate.parse(body.path(field).asText(""));
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(field + ": 须为 yyyy-MM-dd 格式的日期");
        }
    }

    private static ResponseEntity<TaxJudicialLevies.Answer> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new TaxJudicialLevies.Answer("1001", why, null));
    }
}
