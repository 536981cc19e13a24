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
 * M2 {@code finding-outcome}: what market supervision did with one of the bureau's suspicious
 * findings ({@code POST /api/v1/finding-outcomes}); the bureau has no business refusal for it.
 */
public class ApprovalFindingOutcomeHandler implements CommandHandler {

    static final String COMMAND = "finding-outcome";
    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final ApprovalReports reports;

    public ApprovalFindingOutcomeHandler(ApprovalReports reports) {
        this.reports = reports;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = reports.mapper().createObjectNode();
        out.put("commandId", command.commandId());
        out.put("findingId", in.matching("findingId", NUMBER, "finding-number"));
        out.put("uscc", in.uscc("enterprise.uscc"));
        out.put("outcome", in.oneOf("outcome", Set.of("COMPLETED", "PARTIAL")));
        out.put("marketStatus", in.oneOf("market.status", Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED")));
        if (in.has("market.reasonCode")) {
            out.put("marketReasonCode", in.matching("market.reasonCode", CODE, "reason-code"));
        }
        in.optionalText("market.reference", 100).ifPresent(v -> out.put("marketReference", v));
        return reports.post("/api/v1/finding-outcomes", out, Set.of());
    }
}
