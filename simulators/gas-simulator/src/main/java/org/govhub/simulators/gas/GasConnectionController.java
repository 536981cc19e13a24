package org.govhub.simulators.gas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.simulators.support.UtilityIntake;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * M6 at the gas company's XML services (contracts/agencies/gas.v1.yaml): 用气报装
 * ({@code <GasConnectionRequest>}) and construction-permit notices ({@code <GasPermitNotice>}).
 * Idempotent on {@code RequestId}; a site in a town without gas main (seed/gaotang-connections.json)
 * is answered {@code 2001}; a malformed request HTTP 400 {@code 9001} naming the element.
 */
@RestController
class GasConnectionController {

    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);
    private static final String PROJECT_CODE = "^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$";
    private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    /** Element path, its rule, and whether it is required; nothing else may appear. */
    private record Rule(String path, String regex, boolean required) {
    }

    private static final List<Rule> APPLICATION = List.of(
            new Rule("RequestId", "^.{1,160}$", true),
            new Rule("WindowNo", "^[A-Za-z0-9-]{6,32}$", true),
            new Rule("ProjectCode", PROJECT_CODE, false),
            new Rule("ProjectName", "^.{2,100}$", true),
            new Rule("Address", "^.{2,200}$", true),
            new Rule("DivisionCode", "^\\d{6}$", true),
            new Rule("AcceptDate", DATE, true),
            new Rule("Applicant.Name", "^.{1,100}$", true),
            new Rule("Applicant.CertType", "^0[12]$", true),
            new Rule("Applicant.CertNo", "^[0-9A-Z]{18}$", true),
            new Rule("Applicant.Mobile", "^1[3-9]\\d{9}$", true),
            new Rule("GasUse", "^0[123]$", true),
            new Rule("PeakFlow", "^\\d{1,6}\\.\\d{2}$", true),
            new Rule("ExternalWorks", "^[01]$", true));
    private static final List<Rule> PERMIT = List.of(
            new Rule("RequestId", "^.{1,160}$", true),
            new Rule("PermitNo", "^\\d{18}$", true),
            new Rule("ProjectCode", PROJECT_CODE, true),
            new Rule("ProjectName", "^.{2,100}$", true),
            new Rule("Address", "^.{2,200}$", true),
            new Rule("DivisionCode", "^\\d{6}$", true),
            new Rule("BuildingUse", "^(RESIDENTIAL|COMMERCIAL|INDUSTRIAL|PUBLIC|MIXED)$", true),
            new Rule("IssueDate", DATE, true),
            new Rule("CompletionDate", DATE, true),
            new Rule("Builder.Name", "^.{2,100}$", true),
            new Rule("Builder.CreditCode", "^[0-9A-Z]{18}$", true),
            new Rule("Households", "^\\d{1,6}$", false));

    private final UtilityIntake intake;
    private final XmlMapper xml = new XmlMapper();

    GasConnectionController(UtilityIntake intake) {
        this.intake = intake;
    }

    // Any content type is read as XML, as the old service does; what is not XML is malformed.
    @PostMapping("/gas/services/ConnectionApplication")
    ResponseEntity<String> apply(@RequestBody(required = false) byte[] body) {
        String root = "GasConnectionResponse";
        Map<String, String> r;
        try {
            r = read(body, "GasConnectionRequest", APPLICATION);
        } catch (Malformed e) {
            return answer(HttpStatus.BAD_REQUEST, root, "9001", "报文格式错误：" + e.getMessage(), null, null);
        }
        String address = r.get("Address");
        return intake.once("gas", "connection-application", r.get("RequestId"), "RQBZ", 6, no -> intake.serves("gas", address)
                ? new UtilityIntake.Outcome<>(answer(HttpStatus.OK, root, "0000", "受理成功", "ApplicationNo", no),
                        new UtilityIntake.Filed("gas", "connection-application", r.get("RequestId"), r.get("WindowNo"), no,
                                address, Map.of("GasUse", r.get("GasUse"), "PeakFlow", r.get("PeakFlow"),
                                        "ExternalWorks", r.get("ExternalWorks"))))
                : new UtilityIntake.Outcome<>(answer(HttpStatus.OK, root, "2001", "该地址无燃气管网", null, null), null));
    }

    @PostMapping("/gas/services/ConstructionPermit")
    ResponseEntity<String> permit(@RequestBody(required = false) byte[] body) {
        String root = "GasPermitNoticeResponse";
        Map<String, String> r;
        try {
            r = read(body, "GasPermitNotice", PERMIT);
            if (UnifiedSocialCreditCode.standard().check(r.get("Builder.CreditCode")).isPresent()) {
                throw new Malformed("Builder.CreditCode");
            }
        } catch (Malformed e) {
            return answer(HttpStatus.BAD_REQUEST, root, "9001", "报文格式错误：" + e.getMessage(), null, null);
        }
        String address = r.get("Address");
        return intake.once("gas", "construction-permit", r.get("RequestId"), "RQQZ", 6, no -> intake.serves("gas", address)
                ? new UtilityIntake.Outcome<>(answer(HttpStatus.OK, root, "0000", "登记成功", "ServiceNo", no),
                        new UtilityIntake.Filed("gas", "construction-permit", r.get("RequestId"), r.get("PermitNo"), no,
                                address, r.containsKey("Households") ? Map.of("Households", r.get("Households")) : Map.of()))
                : new UtilityIntake.Outcome<>(answer(HttpStatus.OK, root, "2001", "该地址无燃气管网", null, null), null));
    }

    /** The request's elements as dotted paths to text, checked by {@code rules}; Malformed names the first element that breaks one. */
    private Map<String, String> read(byte[] body, String root, List<Rule> rules) throws Malformed {
        if (body == null || body.length == 0) {
            throw new Malformed(root);
        }
        JsonNode tree;
        try {
            XMLStreamReader reader = xml.getFactory().getXMLInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            reader.nextTag();
            if (!root.equals(reader.getLocalName())) {
                throw new Malformed(root);
            }
            reader.close();
            tree = xml.readTree(body);
        } catch (Malformed e) {
            throw e;
        } catch (Exception e) {
            throw new Malformed(root);
        }
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", tree, values);
        for (String path : values.keySet()) {
            if (rules.stream().noneMatch(rule -> rule.path().equals(path))) {
                throw new Malformed(path);
            }
        }
        for (Rule rule : rules) {
            String v = values.get(rule.path());
            if (v == null ? rule.required() : !v.matches(rule.regex())) {
                throw new Malformed(rule.path());
            }
            if (v != null && rule.regex().equals(DATE)) {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw new Malformed(rule.path());
                }
            }
        }
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) throws Malformed {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isValueNode()) {
            out.put(prefix, node.asText());
        } else {
            throw new Malformed(prefix); // a repeated element
        }
    }

    private static ResponseEntity<String> answer(HttpStatus status, String root, String code, String message,
                                                 String referenceElement, String reference) {
        StringBuilder b = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?><").append(root).append('>')
                .append("<ResultCode>").append(code).append("</ResultCode>")
                .append("<ResultMessage>").append(message).append("</ResultMessage>");
        Optional.ofNullable(referenceElement).ifPresent(e -> b.append('<').append(e).append('>').append(reference)
                .append("</").append(e).append('>'));
        b.append("</").append(root).append('>');
        return ResponseEntity.status(status).contentType(XML).body(b.toString());
    }

    /** A request that breaks the document; the message is the element, never its value. */
    private static final class Malformed extends Exception {
        Malformed(String element) {
            super(element, null, false, false);
        }
    }
}
