package org.govhub.connectors.heat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks a form body against the heat document's {@code TransferForm} schema with every value
 * as text, as a form carries it. swagger-request-validator reads digit-only values as numbers,
 * so the contract stub cannot check the patterns of ID numbers, mobiles and dates.
 */
final class HeatFormSchema {

    private static final String SCHEMA = "classpath:contracts/agencies/heat.v1.yaml#/components/schemas/TransferForm";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private HeatFormSchema() {
    }

    /** The form's fields, decoded; fails when a field is repeated or the form breaks the schema. */
    static ObjectNode assertConforms(String formBody) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        for (String pair : formBody.split("&")) {
            String[] nameValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
            assertThat(form.has(name)).as("field %s sent twice", name).isFalse();
            form.put(name, nameValue.length < 2 ? "" : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        Set<ValidationMessage> errors = SCHEMAS.getSchema(SchemaLocation.of(SCHEMA)).validate(form);
        assertThat(errors).as("the form breaks the heat contract's TransferForm schema").isEmpty();
        return form;
    }
}
