package org.govhub.simulators.gas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a {@code <GasTransferRequest>} as strictly as the gas company's service does: wrong
 * root, unknown elements and malformed values are refused, naming the first bad field.
 */
final class GasRequestReader {

    /** The request is not a well-formed {@code <GasTransferRequest>}; {@code field} says where. */
    static final class MalformedRequestException extends Exception {

        private final String field;

        MalformedRequestException(String field) {
            super("malformed " + field);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private static final Pattern UNIT_NUMBER = Pattern.compile("^\\d{12}[GJZ][A-Z]\\d{5}[FLQW]\\d{8}$");
    private static final Pattern CERT_NO = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Set<String> CERT_TYPES = Set.of("01", "02");

    // Jackson's XML factory has DTDs and external entities switched off.
    private final XmlMapper xml = XmlMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    GasTransferRequest read(byte[] body) throws MalformedRequestException {
        if (body == null || body.length == 0) {
            throw new MalformedRequestException("body");
        }
        // Jackson ignores the root element's name; the service does not.
        if (!GasTransferRequest.ROOT.equals(rootElement(body))) {
            throw new MalformedRequestException(GasTransferRequest.ROOT);
        }
        GasTransferRequest r;
        try {
            r = xml.readValue(body, GasTransferRequest.class);
        } catch (IOException e) {
            throw new MalformedRequestException("XML");
        }
        text("RequestId", r.requestId(), 1, 100);
        matches("UnitNumber", r.unitNumber(), UNIT_NUMBER);
        text("Address", r.address(), 2, 200);
        date("TransferDate", r.transferDate());
        if (r.newCustomer() == null) {
            throw new MalformedRequestException("NewCustomer");
        }
        text("NewCustomer/Name", r.newCustomer().name(), 1, 100);
        if (!CERT_TYPES.contains(r.newCustomer().certType())) {
            throw new MalformedRequestException("NewCustomer/CertType");
        }
        matches("NewCustomer/CertNo", r.newCustomer().certNo(), CERT_NO);
        if (r.newCustomer().mobile() != null) {
            matches("NewCustomer/Mobile", r.newCustomer().mobile(), MOBILE);
        }
        if (r.oldCustomer() == null) {
            throw new MalformedRequestException("OldCustomer");
        }
        text("OldCustomer/Name", r.oldCustomer().name(), 1, 100);
        return r;
    }

    private String rootElement(byte[] body) throws MalformedRequestException {
        try {
            XMLStreamReader reader = xml.getFactory().getXMLInputFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                reader.nextTag();
                return reader.getLocalName();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new MalformedRequestException("XML");
        }
    }

    private static void text(String field, String value, int minLength, int maxLength)
            throws MalformedRequestException {
        if (value == null || value.isBlank() || value.length() < minLength || value.length() > maxLength) {
            throw new MalformedRequestException(field);
        }
    }

    private static void matches(String field, String value, Pattern pattern) throws MalformedRequestException {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new MalformedRequestException(field);
        }
    }

    private static void date(String field, String value) throws MalformedRequestException {
        try {
            LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException(field);
        }
    }
}
