package org.govhub.connectors.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Reading JSON on both sides of a connector by the contracts' rules: a command's data fields
 * (a missing one is an {@link InvalidCommandException}) and an agency's JSON answer (anything
 * its contract does not allow is a {@link ContractViolationException}). Every message names
 * the field and the rule, never the value.
 */
public final class AgencyJson {

    private AgencyJson() {
    }

    /** The agency's answer as a JSON object. */
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
}
