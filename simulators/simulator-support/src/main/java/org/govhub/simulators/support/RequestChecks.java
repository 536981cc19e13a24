package org.govhub.simulators.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;

/**
 * Checks of a simulated agency's request body, collecting the first problem as {@code field:
 * rule}, as the agencies' error messages state them. Messages never contain the values.
 */
public final class RequestChecks {

    private final JsonNode body;
    private final List<String> problems = new ArrayList<>();

    private RequestChecks(JsonNode body) {
        this.body = body;
    }

    public static RequestChecks of(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        if (body == null || !body.isObject()) {
            checks.problems.add("body: must be a JSON object");
        }
        return checks;
    }

    /** Only these top-level fields may appear. */
    public RequestChecks only(Set<String> allowed) {
        if (body != null && body.isObject()) {
            body.fieldNames().forEachRemaining(name -> {
                if (!allowed.contains(name)) {
                    problems.add(name + ": not a field of this request");
                }
            });
        }
        return this;
    }

    public RequestChecks text(String path, int min, int max, boolean required) {
        JsonNode v = at(path);
        if (v == null) {
            if (required) {
                problems.add(path + ": is required");
            }
        } else if (!v.isTextual() || v.asText().length() < min || v.asText().length() > max) {
            problems.add(path + ": must be a string of " + min + " to " + max + " characters");
        }
        return this;
    }

    public RequestChecks pattern(String path, String regex, String rule, boolean required) {
        JsonNode v = at(path);
        if (v == null) {
            if (required) {
                problems.add(path + ": is required");
            }
        } else if (!v.isTextual() || !Pattern.matches(regex, v.asText())) {
            problems.add(path + ": " + rule);
        }
        return this;
    }

    public RequestChecks oneOf(String path, Set<String> values, boolean required) {
        JsonNode v = at(path);
        if (v == null) {
            if (required) {
                problems.add(path + ": is required");
            }
        } else if (!v.isTextual() || !values.contains(v.asText())) {
            problems.add(path + ": must be one of " + values.stream().sorted().toList());
        }
        return this;
    }

    public RequestChecks uscc(String path) {
        JsonNode v = at(path);
        Optional<String> p = UnifiedSocialCreditCode.standard().check(v == null || !v.isTextual() ? null : v.asText());
        p.ifPresent(problem -> problems.add(path + ": " + problem));
        return this;
    }

    public RequestChecks residentId(String path) {
        JsonNode v = at(path);
        Optional<String> p = ResidentIdNumber.check(v == null || !v.isTextual() ? null : v.asText());
        p.ifPresent(problem -> problems.add(path + ": " + problem));
        return this;
    }

    public RequestChecks date(String path, DateTimeFormatter format, boolean required) {
        JsonNode v = at(path);
        if (v == null) {
            if (required) {
                problems.add(path + ": is required");
            }
            return this;
        }
        try {
            LocalDate.parse(v.asText(), format);
        } catch (DateTimeParseException e) {
            problems.add(path + ": must be a real date (" + format + ")");
        }
        return this;
    }

    public RequestChecks isoDate(String path, boolean required) {
        return date(path, DateTimeFormatter.ISO_LOCAL_DATE, required);
    }

    /** The first problem, if any. */
    public Optional<String> problem() {
        return problems.stream().findFirst();
    }

    private JsonNode at(String dottedPath) {
        JsonNode v = body;
        for (String name : dottedPath.split("\\.")) {
            v = v == null || !v.isObject() ? null : v.get(name);
        }
        return v == null || v.isNull() ? null : v;
    }
}
