package org.govhub.connectors.tax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.ContractViolationException;
import org.springframework.http.ResponseEntity;

/**
 * The tax bureau's answer envelope ({@code {code, message, data}}, contracts/agencies/tax.v1.yaml),
 * read the same way by each tax command's handler.
 */
final class TaxAnswers {

    static final String AGENCY = "tax";
    static final String SUCCESS = "0000";
    static final String MALFORMED = "1001";
    private static final Pattern AMOUNT = Pattern.compile("^\\d{1,13}(\\.\\d{1,2})?$");

    private TaxAnswers() {
    }

    /** The answer's body, checked to be the envelope; a 400 is the bureau refusing what the hub built. */
    static JsonNode read(ResponseEntity<byte[]> answer, ObjectMapper mapper) {
        int status = answer.getStatusCode().value();
        byte[] body = answer.getBody();
        JsonNode node = AgencyJson.object(AGENCY, body, status, mapper);
        if (!node.path("code").isTextual()) {
            throw new ContractViolationException("tax answered HTTP " + status + " without its {code, message} envelope");
        }
        if (status == 400) {
            if (!MALFORMED.equals(node.get("code").asText())) {
                throw new ContractViolationException("tax answered HTTP 400 with code '" + abbreviate(node.get("code").asText())
                        + "', which its contract does not document");
            }
            // The hub built the request from a command that passed its own schema: a refusal here
            // means the two sides disagree on the contract, which no retry can mend.
            throw new ContractViolationException("tax refused the request as malformed (code 1001)");
        }
        return node;
    }

    static String amount(JsonNode data, String field) {
        JsonNode value = data.path(field);
        if (!value.isTextual() || !AMOUNT.matcher(value.asText()).matches()) {
            throw new ContractViolationException("tax's answer has no valid " + field);
        }
        return value.asText();
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
