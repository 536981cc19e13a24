package org.govhub.connectors.realestate;

import java.util.Map;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.ContractViolationException;

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
}
