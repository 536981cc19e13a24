package org.govhub.contracts.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one way the test kits (connector stubs, simulator checks) read an agency's OpenAPI
 * document for validation. Published in this module's test-jar.
 */
public final class AgencyDocuments {

    /**
     * swagger-request-validator reads every value of an x-www-form-urlencoded body that looks
     * like a number or a boolean as one, so a digit-only ID number in a {@code type: string}
     * field fails as "integer". Form values are always text: ignore exactly that error.
     */
    private static final ValidationErrorsWhitelist FORM_FIELDS_ARE_TEXT = ValidationErrorsWhitelist.create()
            .withRule("form fields are text", WhitelistRules.allOf(
                    WhitelistRules.isRequest(),
                    WhitelistRules.headerContainsSubstring("Content-Type", "application/x-www-form-urlencoded"),
                    WhitelistRules.messageHasKey("validation.request.body.schema.type"),
                    WhitelistRules.messageContainsSubstring("allowed: [\"string\"]")));

    private AgencyDocuments() {
    }

    /**
     * A validator for the document at {@code classpathLocation}
     * (e.g. {@code contracts/agencies/water.v1.yaml}).
     *
     * <p>swagger-request-validator 2.x checks OpenAPI 3.1 schemas only in part: it skips
     * {@code type} and {@code additionalProperties}, so a stub would accept a field the agency
     * must never get (a price, say). The agency documents keep to the part of 3.1 that 3.0
     * shares, so the validator reads them as 3.0.3; a 3.1-only keyword then fails at load.
     */
    public static OpenApiInteractionValidator validator(String classpathLocation) {
        try (InputStream in = AgencyDocuments.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalArgumentException(classpathLocation + " is not on the classpath");
            }
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^openapi:[ \\t]*[\"']?3\\.1\\.\\d+[\"']?[ \\t]*$", "openapi: 3.0.3");
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .withWhitelist(FORM_FIELDS_ARE_TEXT)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
