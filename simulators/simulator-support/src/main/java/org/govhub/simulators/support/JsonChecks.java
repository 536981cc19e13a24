package org.govhub.simulators.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;

/**
 * How a simulated agency system checks a JSON request before acting on it, as the real ones
 * do: the first fault found, as "field: rule", naming the field and never echoing the value.
 * Checks are chained: {@code new JsonChecks(body).required(...).uscc(...).first()}.
 */
public final class JsonChecks {

    private final JsonNode body;
    private String fault;

    public JsonChecks(JsonNode body) {
        this.body = body;
        if (body == null || !body.isObject()) {
            fault = "body: must be a JSON object";
        }
    }

    /** No field outside {@code allowed}. */
    public JsonChecks only(Set<String> allowed) {
        if (fault == null) {
            for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    fault = name + ": not allowed";
                    break;
                }
            }
        }
        return this;
    }

    public JsonChecks required(String... fields) {
        for (String f : fields) {
            if (fault == null && (!body.hasNonNull(f) || (body.get(f).isTextual() && body.get(f).asText().isEmpty()))) {
                fault = f + ": required";
            }
        }
        return this;
    }

    public JsonChecks text(String field, int maxLength) {
        if (fault == null && body.has(field) && (!body.get(field).isTextual() || body.get(field).asText().length() > maxLength)) {
            fault = field + ": must be a string of at most " + maxLength + " characters";
        }
        return this;
    }

    public JsonChecks pattern(String field, Pattern pattern) {
        if (fault == null && body.has(field) && (!body.get(field).isTextual() || !pattern.matcher(body.get(field).asText()).matches())) {
            fault = field + ": must match " + pattern.pattern();
        }
        return this;
    }

    public JsonChecks uscc(String field) {
        if (fault == null && body.has(field)) {
            JsonNode v = body.get(field);
            Optional<String> problem = v.isTextual() ? UnifiedSocialCreditCode.standard().check(v.asText())
                    : Optional.of("must be a string");
            problem.ifPresent(p -> fault = field + ": " + p);
        }
        return this;
    }

    public JsonChecks date(String field) {
        if (fault == null && body.has(field)) {
            try {
                LocalDate.parse(body.get(field).asText());
            } catch (DateTimeParseException e) {
                fault = field + ": must be a real date yyyy-MM-dd";
            }
        }
        return this;
    }

    public JsonChecks oneOf(String field, Set<String> values) {
        if (fault == null && body.has(field) && !values.contains(body.get(field).asText())) {
            fault = field + ": must be one of " + new java.util.TreeSet<>(values);
        }
        return this;
    }

    public JsonChecks positiveInteger(String field) {
        if (fault == null && body.has(field) && (!body.get(field).isIntegralNumber() || body.get(field).asLong() < 1)) {
            fault = field + ": must be a positive integer";
        }
        return this;
    }

    /** The first fault, if any. */
    public Optional<String> first() {
        return Optional.ofNullable(fault);
    }

    /** The field the first fault names. */
    public static String field(String fault) {
        int colon = fault.indexOf(':');
        return colon < 0 ? fault : fault.substring(0, colon);
    }
}
