package org.govhub.connectors.support;

import java.util.Objects;
import org.govhub.contracts.command.OutcomeStatus;

/**
 * What an agency said about one command, in the hub's terms. Reasons never carry personal
 * data: they are logged and stored.
 */
public record AgencyResult(OutcomeStatus status, String reasonCode, String reason, String agencyReference) {

    public AgencyResult {
        Objects.requireNonNull(status, "status");
    }

    public static AgencyResult applied(String agencyReference) {
        return new AgencyResult(OutcomeStatus.APPLIED, null, null, agencyReference);
    }

    public static AgencyResult rejected(String reasonCode, String reason) {
        return new AgencyResult(OutcomeStatus.REJECTED, reasonCode, reason, null);
    }

    public static AgencyResult notApplicable(String reasonCode, String reason) {
        return new AgencyResult(OutcomeStatus.NOT_APPLICABLE, reasonCode, reason, null);
    }

    public static AgencyResult failed(String reasonCode, String reason) {
        return new AgencyResult(OutcomeStatus.FAILED, reasonCode, reason, null);
    }
}
