package org.govhub.connectors.gas;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govhub.connectors.support.ContractViolationException;

/**
 * M6's XML messages of the gas company (contracts/agencies/gas.v1.yaml): the connection
 * application and the construction-permit notice, and their answers, read as strictly as
 * {@link GasXml} reads the transfer's: another root element, an unknown element or a body that
 * is not XML is a {@link ContractViolationException}.
 */
final class GasM6Messages {

    private static final XmlMapper XML = XmlMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();

    private GasM6Messages() {
    }

    @JacksonXmlRootElement(localName = "GasConnectionRequest")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"RequestId", "WindowNo", "ProjectCode", "ProjectName", "Address", "DivisionCode", "AcceptDate",
            "Applicant", "GasUse", "PeakFlow", "ExternalWorks"})
    record ConnectionRequest(
            @JsonProperty("RequestId") String requestId,
            @JsonProperty("WindowNo") String windowNo,
            @JsonProperty("ProjectCode") String projectCode,
            @JsonProperty("ProjectName") String projectName,
            @JsonProperty("Address") String address,
            @JsonProperty("DivisionCode") String divisionCode,
            @JsonProperty("AcceptDate") String acceptDate,
            @JsonProperty("Applicant") Applicant applicant,
            @JsonProperty("GasUse") String gasUse,
            @JsonProperty("PeakFlow") String peakFlow,
            @JsonProperty("ExternalWorks") String externalWorks) {
    }

    @JsonPropertyOrder({"Name", "CertType", "CertNo", "Mobile"})
    record Applicant(
            @JsonProperty("Name") String name,
            @JsonProperty("CertType") String certType,
            @JsonProperty("CertNo") String certNo,
            @JsonProperty("Mobile") String mobile) {
    }

    @JacksonXmlRootElement(localName = "GasPermitNotice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"RequestId", "PermitNo", "ProjectCode", "ProjectName", "Address", "DivisionCode", "BuildingUse",
            "IssueDate", "CompletionDate", "Builder", "Households"})
    record PermitNotice(
            @JsonProperty("RequestId") String requestId,
            @JsonProperty("PermitNo") String permitNo,
            @JsonProperty("ProjectCode") String projectCode,
            @JsonProperty("ProjectName") String projectName,
            @JsonProperty("Address") String address,
            @JsonProperty("DivisionCode") String divisionCode,
            @JsonProperty("BuildingUse") String buildingUse,
            @JsonProperty("IssueDate") String issueDate,
            @JsonProperty("CompletionDate") String completionDate,
            @JsonProperty("Builder") Builder builder,
            @JsonProperty("Households") String households) {
    }

    @JsonPropertyOrder({"Name", "CreditCode"})
    record Builder(@JsonProperty("Name") String name, @JsonProperty("CreditCode") String creditCode) {
    }

    /** {@code <GasConnectionResponse>} or {@code <GasPermitNoticeResponse>}: the reference is ApplicationNo or ServiceNo. */
    record Answer(
            @JsonProperty("ResultCode") String resultCode,
            @JsonProperty("ResultMessage") String resultMessage,
            @JsonProperty("ApplicationNo") String applicationNo,
            @JsonProperty("ServiceNo") String serviceNo) {
    }

    static byte[] write(Object message) {
        try {
            return XML.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a gas message", e);
        }
    }

    /**
     * The answer {@code <root>}, whose reference element is {@code reference} (the other one is
     * refused as not in its contract).
     */
    static Answer read(byte[] body, String root, String reference) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException("gas answered without a body");
        }
        String actual = rootElement(body);
        if (!root.equals(actual)) {
            throw new ContractViolationException("gas answered <" + actual + "> instead of <" + root + ">");
        }
        Answer answer;
        try {
            answer = XML.readValue(body, Answer.class);
        } catch (JsonProcessingException e) {
            throw new ContractViolationException("gas answered a malformed " + root + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContractViolationException("gas answered unreadable XML", e);
        }
        boolean wrongReference = "ApplicationNo".equals(reference) ? answer.serviceNo() != null : answer.applicationNo() != null;
        if (wrongReference) {
            throw new ContractViolationException("gas answered a " + root + " with an element its contract does not define");
        }
        return answer;
    }

    private static String rootElement(byte[] body) {
        try {
            XMLStreamReader reader = XML.getFactory().getXMLInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
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
