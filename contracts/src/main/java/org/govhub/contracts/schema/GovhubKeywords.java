package org.govhub.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbstractJsonValidator;
import com.networknt.schema.AbstractKeyword;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.Keyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema keywords that run GovHub's identifier rules, so a rule applies wherever a schema
 * asks for it, through {@code $ref}s too. Their messages carry the rule name and the identifier
 * check's message (which never holds the value) in {@link ValidationMessage#getDetails()}.
 */
final class GovhubKeywords {

    static final String IDENTIFIER = "x-govhub-identifier";
    static final String PARTY_ID = "x-govhub-party-id";
    static final String DETAIL_RULE = "govhub-rule";
    static final String DETAIL_MESSAGE = "govhub-message";

    private GovhubKeywords() {
    }

    static List<Keyword> all() {
        return List.of(new IdentifierKeyword(), new PartyIdKeyword());
    }

    /** {@code "x-govhub-identifier": "<rule>"} on a string. */
    private static final class IdentifierKeyword extends AbstractKeyword {

        IdentifierKeyword() {
            super(IDENTIFIER);
        }

        @Override
        public JsonValidator newValidator(SchemaLocation schemaLocation, JsonNodePath evaluationPath,
                JsonNode schemaNode, JsonSchema parentSchema, ValidationContext validationContext) {
            IdentifierRule rule = IdentifierRule.named(schemaNode.asText())
                    .orElseThrow(() -> new JsonSchemaException(
                            "unknown " + IDENTIFIER + " rule at " + schemaLocation + ": " + schemaNode));
            return new AbstractJsonValidator(schemaLocation, evaluationPath, this, schemaNode) {
                @Override
                public Set<ValidationMessage> validate(ExecutionContext context, JsonNode node, JsonNode root,
                        JsonNodePath instanceLocation) {
                    // Non-strings are the "type" keyword's business.
                    if (!node.isTextual()) {
                        return Set.of();
                    }
                    return violation(rule, node.textValue(), this, instanceLocation);
                }
            };
        }
    }

    /**
     * {@code "x-govhub-party-id": true} on an object with {@code idType} and {@code idNumber}:
     * checks the number by the rule its type names.
     */
    private static final class PartyIdKeyword extends AbstractKeyword {

        PartyIdKeyword() {
            super(PARTY_ID);
        }

        @Override
        public JsonValidator newValidator(SchemaLocation schemaLocation, JsonNodePath evaluationPath,
                JsonNode schemaNode, JsonSchema parentSchema, ValidationContext validationContext) {
            boolean enabled = schemaNode.asBoolean();
            return new AbstractJsonValidator(schemaLocation, evaluationPath, this, schemaNode) {
                @Override
                public Set<ValidationMessage> validate(ExecutionContext context, JsonNode node, JsonNode root,
                        JsonNodePath instanceLocation) {
                    JsonNode idType = node.path("idType");
                    JsonNode idNumber = node.path("idNumber");
                    // A missing or unknown type, or a non-string number, is reported by
                    // required/enum/type; checking the number by a guessed rule would only add noise.
                    if (!enabled || !idType.isTextual() || !idNumber.isTextual()) {
                        return Set.of();
                    }
                    return IdentifierRule.forIdType(idType.textValue())
                            .map(rule -> violation(rule, idNumber.textValue(), this, instanceLocation.append("idNumber")))
                            .orElse(Set.of());
                }
            };
        }
    }

    private static Set<ValidationMessage> violation(IdentifierRule rule, String value, JsonValidator validator,
            JsonNodePath instanceLocation) {
        return rule.check(value)
                .map(problem -> Set.of(ValidationMessage.builder()
                        .type(validator.getKeyword())
                        .code(rule.ruleName())
                        .instanceLocation(instanceLocation)
                        .evaluationPath(validator.getEvaluationPath())
                        .schemaLocation(validator.getSchemaLocation())
                        .messageSupplier(() -> problem)
                        .details(Map.of(DETAIL_RULE, rule.ruleName(), DETAIL_MESSAGE, problem))
                        .build()))
                .orElse(Set.of());
    }
}
