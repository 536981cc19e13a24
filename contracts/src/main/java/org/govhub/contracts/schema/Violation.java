package org.govhub.contracts.schema;

/**
 * One way a document breaks its schema.
 *
 * @param pointer JSON pointer to the offending field, {@code ""} for the document itself; for a
 *                missing required field or a field that is not allowed, the pointer names that
 *                field (e.g. {@code /newOwner/idNumber})
 * @param rule    the rule broken, a short machine word: the JSON Schema keyword (e.g.
 *                {@code required}, {@code pattern}, {@code format}, {@code additionalProperties})
 *                or the identifier rule (e.g. {@code resident-id}, {@code uscc},
 *                {@code real-estate-unit-number}, {@code division-code})
 * @param message human-readable, naming the field and the rule; never contains the offending value,
 *                so it can be logged
 */
public record Violation(String pointer, String rule, String message) {
}
