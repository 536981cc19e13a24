package org.govhub.connectors.gas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govhub.connectors.support.ContractViolationException;

/**
 * The gas service's XML. Answers are read strictly, because swagger-request-validator does not
 * check XML bodies against the contract: another root element, an unknown element or a body
 * that is not XML at all is a {@link ContractViolationException}.
 */
final class GasXml {

    // Jackson's XML factory has DTDs and external entities switched off.
    private final XmlMapper mapper = XmlMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();

    byte[] write(GasTransferRequest request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a GasTransferRequest", e);
        }
    }

    GasTransferResponse readResponse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException("gas answered without a body");
        }
        // Jackson ignores the root element's name; the contract does not.
        String root = rootElement(body);
        if (!GasTransferResponse.ROOT.equals(root)) {
            throw new ContractViolationException("gas answered <" + root + "> instead of <" + GasTransferResponse.ROOT + ">");
        }
        try {
            return mapper.readValue(body, GasTransferResponse.class);
        } catch (JsonProcessingException e) {
            // getOriginalMessage leaves out the source excerpt.
            throw new ContractViolationException("gas answered a malformed " + GasTransferResponse.ROOT + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContractViolationException("gas answered unreadable XML", e);
        }
    }

    private String rootElement(byte[] body) {
        try {
            XMLStreamReader reader = mapper.getFactory().getXMLInputFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                reader.nextTag();
                return reader.getLocalName();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new ContractViolationException("gas answered a body that is not XML", e);
        }
    }
}
