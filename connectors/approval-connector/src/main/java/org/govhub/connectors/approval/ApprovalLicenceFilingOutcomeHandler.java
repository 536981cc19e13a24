package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M2 {@code licence-filing-outcome}: whether market supervision filed a licence the bureau
 * granted ({@code POST /api/v1/licence-filing-outcomes}); the bureau has no business refusal for it.
 */
public class ApprovalLicenceFilingOutcomeHandler implements CommandHandler {

    static final String COMMAND = "licence-filing-outcome";
    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final ApprovalReports reports;

    public ApprovalLicenceFilingOutcomeHandler(ApprovalReports reports) {
        this.reports = reports;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = reports.mapper().createObjectNode();
        out.put("commandId", command.commandId());
        out.put("licenceNo", in.matching("licenceNo", NUMBER, "licence-number"));
        out.put("uscc", in.uscc("enterprise.uscc"));
        out.put("outcome", in.oneOf("outcome", Set.of("COMPLETED", "PARTIAL")));
        out.put("marketStatus", in.oneOf("market.status", Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED")));
        if (in.has("market.reasonCode")) {
            out.put("marketReasonCode", in.matching("market.reasonCode", CODE, "reason-code"));
        }
        in.optionalText("market.reference", 100).ifPresent(v -> out.put("marketReference", v));
        return reports.post("/api/v1/licence-filing-outcomes", out, Set.of());
    }
}
