package org.govhub.connectors.power;

import com.fasterxml.jackson.databind.JsonNode;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.ContractViolationException;

/** The power company's error bodies {@code {errorCode, message}} (contracts/agencies/power.v1.yaml), for M6's calls. */
final class PowerErrors {

    private PowerErrors() {
    }

    /** The answer's errorCode is {@code errorCode}, or the answer breaks the contract. */
    static void expect(JsonNode reply, String errorCode, String step) {
        String actual = AgencyJson.text(PowerAccountTransferHandler.AGENCY, reply, "errorCode", null, null);
        AgencyJson.text(PowerAccountTransferHandler.AGENCY, reply, "message", null, null);
        if (!errorCode.equals(actual)) {
            throw new ContractViolationException("power answered the " + step + " with errorCode " + actual
                    + " instead of " + errorCode);
        }
    }
}
