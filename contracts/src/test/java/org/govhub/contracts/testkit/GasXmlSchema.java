package org.govhub.contracts.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an XML body against a schema of the gas OpenAPI document. swagger-request-validator
 * validates JSON and form bodies only and lets XML through unchecked, so XML needs this: the
 * root element must be the schema's {@code xml.name}, and the element tree (all text) must
 * satisfy the schema.
 */
public final class GasXmlSchema {

    private static final String DOCUMENT = "classpath:contracts/agencies/gas.v1.yaml";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final XmlMapper XML = new XmlMapper();

    private GasXmlSchema() {
    }

    public static void assertConforms(String schemaName, String xml) throws Exception {
        assertThat(rootElement(xml)).as("root element").isEqualTo(schemaName);
        JsonNode tree = XML.readTree(xml);
        Set<ValidationMessage> errors = SCHEMAS
                .getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/" + schemaName))
                .validate(tree);
        assertThat(errors).as("%s breaks the gas contract's %s schema", xml, schemaName).isEmpty();
    }

    private static String rootElement(String xml) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        reader.nextTag();
        return reader.getLocalName();
    }
}
