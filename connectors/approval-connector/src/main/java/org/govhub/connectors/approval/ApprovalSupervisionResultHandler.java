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
 * M2 {@code supervision-result}: market supervision's inspection result or enforcement decision,
 * recorded by the approval bureau ({@code POST /api/v1/supervision-results}). Refused with
 * {@code NO_LICENCE_ON_RECORD} when the bureau holds no licence of that enterprise.
 */
public class ApprovalSupervisionResultHandler implements CommandHandler {

    static final String COMMAND = "supervision-result";
    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern YUAN = Pattern.compile("^\\d{1,12}(\\.\\d{1,2})?$");

    private final ApprovalReports reports;

    public ApprovalSupervisionResultHandler(ApprovalReports reports) {
        this.reports = reports;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = reports.mapper().createObjectNode();
        out.put("commandId", command.commandId());
        out.put("resultId", in.matching("resultId", NUMBER, "result-number"));
        out.put("kind", in.oneOf("kind", Set.of("INSPECTION", "ENFORCEMENT")));
        out.put("uscc", in.uscc("enterprise.uscc"));
        out.put("enterpriseName", in.text("enterprise.name", 100));
        if (in.has("licenceNo")) {
            out.put("licenceNo", in.matching("licenceNo", NUMBER, "licence-number"));
        }
        if (in.has("findingId")) {
            out.put("findingId", in.matching("findingId", NUMBER, "finding-number"));
        }
        if (in.has("inspectionResult")) {
            out.put("inspectionResult", in.oneOf("inspectionResult",
                    Set.of("NO_PROBLEM", "PROBLEM_RECTIFIED", "PROBLEM_FOUND", "NOT_AT_ADDRESS")));
        }
        in.optionalText("decisionNo", 64).ifPresent(v -> out.put("decisionNo", v));
        if (in.has("penalty")) {
            out.put("penalty", in.oneOf("penalty",
                    Set.of("WARNING", "FINE", "CONFISCATION", "SUSPENSION", "LICENCE_REVOKED")));
        }
        if (in.has("fineYuan")) {
            out.put("fineYuan", in.matching("fineYuan", YUAN, "amount-in-yuan"));
        }
        out.put("decidedOn", in.date("decidedOn").toString());
        out.put("summary", in.text("summary", 500));
        return reports.post("/api/v1/supervision-results", out, Set.of("NO_LICENCE_ON_RECORD"));
    }
}
