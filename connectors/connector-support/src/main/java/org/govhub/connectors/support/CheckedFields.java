package org.govhub.connectors.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.govhub.contracts.identifier.DivisionCode;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;

/**
 * Reads fields of a document that crossed a boundary (a command's data, an agency's answer) and
 * checks each by its real rule: identifiers by their check rules, dates, code lists, sizes.
 * Every failure names the field and the rule, never the value (it may be personal). A
 * command's fields fail with {@link InvalidCommandException}, an answer's with
 * {@link ContractViolationException}: {@link #ofCommand} and {@link #ofAnswer}.
 */
public final class CheckedFields {

    private final JsonNode document;
    private final String what;
    private final Function<String, RuntimeException> failure;

    private CheckedFields(JsonNode document, String what, Function<String, RuntimeException> failure) {
        this.document = document;
        this.what = what;
        this.failure = failure;
    }

    /** The data of a command, whose faults are the hub's: the command is invalid. */
    public static CheckedFields ofCommand(String command, JsonNode data) {
        return new CheckedFields(data, command + " data", InvalidCommandException::new);
    }

    /** An agency's answer, whose faults break the agency's contract. */
    public static CheckedFields ofAnswer(String agency, JsonNode answer) {
        return new CheckedFields(answer, agency + " answer", ContractViolationException::new);
    }

    /** The node at a dotted path, or a missing node. */
    public JsonNode node(String path) {
        JsonNode n = document;
        for (String name : path.split("\\.", -1)) {
            n = n == null ? null : n.get(name);
        }
        return n == null || n.isNull() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : n;
    }

    public boolean has(String path) {
        return !node(path).isMissingNode();
    }

    /** A required string of 1 to {@code maxLength} characters. */
    public String text(String path, int maxLength) {
        JsonNode n = node(path);
        if (n.isMissingNode()) {
            throw fail(path, "required", "is missing");
        }
        if (!n.isTextual()) {
            throw fail(path, "type", "must be a string");
        }
        String v = n.textValue();
        if (v.isEmpty() || v.length() > maxLength) {
            throw fail(path, "size", "must be 1 to " + maxLength + " characters");
        }
        return v;
    }

    /** An optional string of at most {@code maxLength} characters. */
    public Optional<String> optionalText(String path, int maxLength) {
        return has(path) ? Optional.of(text(path, maxLength)) : Optional.empty();
    }

    /** A required string matching {@code pattern} (named {@code rule} in the error). */
    public String matching(String path, Pattern pattern, String rule) {
        String v = text(path, 1000);
        if (!pattern.matcher(v).matches()) {
            throw fail(path, rule, "does not match " + rule);
        }
        return v;
    }

    /** A required value of a code list. */
    public String oneOf(String path, Set<String> codes) {
        String v = text(path, 100);
        if (!codes.contains(v)) {
            throw fail(path, "enum", "is not one of " + new java.util.TreeSet<>(codes));
        }
        return v;
    }

    /** A required unified social credit code (GB 32100-2015, known pilot codes accepted). */
    public String uscc(String path) {
        String v = text(path, 18);
        Optional<String> problem = UnifiedSocialCreditCode.standard().check(v);
        if (problem.isPresent()) {
            throw fail(path, "uscc", problem.get());
        }
        return v;
    }

    /** A required administrative division code (GB/T 2260). */
    public String divisionCode(String path) {
        String v = text(path, 6);
        Optional<String> problem = DivisionCode.check(v);
        if (problem.isPresent()) {
            throw fail(path, "division-code", problem.get());
        }
        return v;
    }

    /** A required ISO-8601 calendar date (yyyy-MM-dd) that exists. */
    public LocalDate date(String path) {
        String v = text(path, 10);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw fail(path, "date", "is not a real date in the form yyyy-MM-dd");
        }
    }

    /** A required integer between {@code min} and {@code max}. */
    public int integer(String path, int min, int max) {
        JsonNode n = node(path);
        if (n.isMissingNode()) {
            throw fail(path, "required", "is missing");
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw fail(path, "range", "must be an integer from " + min + " to " + max);
        }
        return n.intValue();
    }

    private RuntimeException fail(String path, String rule, String message) {
        return failure.apply(what + ": field " + path + " " + message + " (rule " + rule + ")");
    }
}
