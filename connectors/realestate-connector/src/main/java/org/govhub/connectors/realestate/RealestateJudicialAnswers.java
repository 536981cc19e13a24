package org.govhub.connectors.realestate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;

/** How the registry answers M7's judicial-transfer calls ({@code JudicialTransferError}), read the same way by both handlers. */
final class RealestateJudicialAnswers {

    /** Documented refusals: status and code. */
    private static final Map<String, String> REFUSALS = Map.of(
            "400:INVALID_REQUEST", "realestate refused the request as malformed",
            "404:UNIT_NOT_FOUND", "realestate has no unit with this unit number",
            "409:UNIT_TRANSFERRED_UNDER_OTHER_CASE", "realestate: the unit was already transferred under another court case");

    private RealestateJudicialAnswers() {
    }

    static AgencyResult refusal(int status, String code) {
        String reason = REFUSALS.get(status + ":" + code);
        if (reason == null) {
            throw new ContractViolationException("realestate answered HTTP " + status + " with code '"
                    + (code.length() <= 60 ? code : code.substring(0, 57) + "...") + "', which its contract does not document");
        }
        return AgencyResult.rejected(code, reason);
    }

    static JsonNode parse(ObjectMapper mapper, byte[] body, int status) {
        if (body == null || body.length == 0) {
            throw new ContractViolationException("realestate answered HTTP " + status + " without a body");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ContractViolationException("realestate answered HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ContractViolationException("realestate answered HTTP " + status + " with a body that is not JSON", e);
        }
    }

    static String text(JsonNode data, String field, String command) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new InvalidCommandException(command + " data has no " + field);
        }
        return value.textValue();
    }
}
