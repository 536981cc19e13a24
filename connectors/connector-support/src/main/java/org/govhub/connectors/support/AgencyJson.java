package org.govhub.connectors.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.identifier.DivisionCode;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Reading JSON on both sides of a connector by the contracts' rules: a command's data fields
 * (a fault is the hub's: {@link InvalidCommandException}) and an agency's JSON answer (anything
 * its contract does not allow: {@link ContractViolationException}). Every message names the
 * field and the rule, never the value (it may be personal).
 *
 * <p>Two ways in. The static helpers read one thing at a time: the answer's JSON object
 * ({@link #object}), a command field ({@link #required}, {@link #optional}), an answer field
 * ({@link #text}, {@link #uscc}). The checked reader reads many fields of one document, each by
 * its real rule (identifiers by their check rules, dates, code lists, sizes):
 * {@code AgencyJson.ofCommand(command, data).uscc("uscc")},
 * {@code AgencyJson.ofAnswer("market", reply).oneOf("status", codes)}.
 */
public final class AgencyJson {

    private final JsonNode document;
    private final String what;
    private final Function<String, RuntimeException> failure;

    private AgencyJson(JsonNode document, String what, Function<String, RuntimeException> failure) {
        this.document = document;
        this.what = what;
        this.failure = failure;
    }

    // --- the agency's answer and the request, whole ---

    /** The agency's answer as a JSON object; its content type must be JSON. */
    public static JsonNode object(String agency, ResponseEntity<String> answer, ObjectMapper mapper) {
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new ContractViolationException(agency + " answered with content type " + type + " instead of JSON");
        }
        try {
            JsonNode reply = answer.getBody() == null ? null : mapper.readTree(answer.getBody());
            if (reply == null || !reply.isObject()) {
                throw new ContractViolationException(agency + " answered without a JSON object");
            }
            return reply;
        } catch (JsonProcessingException e) {
            throw new ContractViolationException(agency + " answered with unparsable JSON", e);
        }
    }

    /** The body of the agency's answer with HTTP {@code status} as a JSON object. */
    public static JsonNode object(String agency, byte[] body, int status, ObjectMapper mapper) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException(agency + " answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException(agency + " answered HTTP " + status
                        + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException(agency + " answered HTTP " + status + " with a body that is not JSON", e);
        }
    }

    /** A request to an agency, written as JSON. */
    public static byte[] bytes(ObjectMapper mapper, Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
    }

    // --- one field at a time ---

    /** A text field of an answer that must match {@code regex}; {@code rule} says what that means. */
    public static String text(String agency, JsonNode reply, String dottedPath, String regex, String rule) {
        JsonNode v = at(reply, dottedPath);
        if (v == null || !v.isTextual()) {
            throw new ContractViolationException(agency + " answer lacks the field " + dottedPath);
        }
        if (regex != null && !Pattern.matches(regex, v.asText())) {
            throw new ContractViolationException(agency + " answer field " + dottedPath + " breaks its rule: " + rule);
        }
        return v.asText();
    }

    /** A unified social credit code in an answer, checked by GB 32100-2015 and against the one asked about. */
    public static String uscc(String agency, JsonNode reply, String dottedPath, String expected) {
        String code = text(agency, reply, dottedPath, null, null);
        Optional<String> problem = UnifiedSocialCreditCode.standard().check(code);
        if (problem.isPresent()) {
            throw new ContractViolationException(agency + " answer field " + dottedPath + ": " + problem.get());
        }
        if (expected != null && !expected.equals(code)) {
            throw new ContractViolationException(agency + " answer field " + dottedPath
                    + " names another enterprise than the one asked about");
        }
        return code;
    }

    /** A field of a command's data that the command's schema requires. */
    public static String required(AgencyCommand command, String dottedPath) {
        JsonNode v = at(command.data(), dottedPath);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new InvalidCommandException(command.command() + " data lacks " + dottedPath);
        }
        return v.asText();
    }

    /** A field of a command's data that may be absent. */
    public static Optional<String> optional(AgencyCommand command, String dottedPath) {
        JsonNode v = at(command.data(), dottedPath);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    /** The node at a dotted path, or null. */
    public static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode v = node;
        for (String name : dottedPath.split("\\.")) {
            v = v == null || !v.isObject() ? null : v.get(name);
        }
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    // --- the checked reader of one document ---

    /** The data of a command, whose faults are the hub's: the command is invalid. */
    public static AgencyJson ofCommand(String command, JsonNode data) {
        return new AgencyJson(data, command + " data", InvalidCommandException::new);
    }

    /** An agency's answer, whose faults break the agency's contract. */
    public static AgencyJson ofAnswer(String agency, JsonNode answer) {
        return new AgencyJson(answer, agency + " answer", ContractViolationException::new);
    }

    /** The node at a dotted path, or a missing node. */
    public JsonNode node(String path) {
        JsonNode n = document;
        for (String name : path.split("\\.", -1)) {
            n = n == null ? null : n.get(name);
        }
        return n == null || n.isNull() ? MissingNode.getInstance() : n;
    }

    public boolean has(String path) {
        return !node(path).isMissingNode();
    }

    /** A required string that is not blank, of any length. */
    public String text(String path) {
        JsonNode n = node(path);
        if (n.isMissingNode()) {
            throw fail(path, "required", "is missing");
        }
        if (!n.isTextual()) {
            throw fail(path, "type", "must be a string");
        }
        if (n.textValue().isBlank()) {
            throw fail(path, "required", "is blank");
        }
        return n.textValue();
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
            throw fail(path, "enum", "is not one of " + new TreeSet<>(codes));
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
