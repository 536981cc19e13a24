package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M3 {@code credit-rating-notice}: one version of an enterprise's credit rating, kept by the
 * approval bureau ({@code POST /api/v1/credit-notices}). Refused with {@code STALE_VERSION}
 * when it holds this or a newer version.
 */
public class ApprovalCreditRatingNoticeHandler implements CommandHandler {

    static final String COMMAND = "credit-rating-notice";
    static final Set<String> CLASSES = Set.of("A", "B", "C", "D", "E");

    private final ApprovalReports reports;

    public ApprovalCreditRatingNoticeHandler(ApprovalReports reports) {
        this.reports = reports;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = reports.mapper().createObjectNode();
        out.put("commandId", command.commandId());
        out.put("uscc", in.uscc("uscc"));
        out.put("enterpriseName", in.text("enterpriseName", 100));
        out.put("version", in.integer("version", 1, 100_000));
        out.put("action", in.oneOf("action", Set.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION")));
        out.put("creditClass", in.oneOf("creditClass", CLASSES));
        if (in.has("previousClass")) {
            out.put("previousClass", in.oneOf("previousClass", CLASSES));
        }
        if (in.has("supersedesVersion")) {
            out.put("supersedesVersion", in.integer("supersedesVersion", 1, 100_000));
        }
        out.put("effectiveDate", in.date("effectiveDate").toString());
        return reports.post("/api/v1/credit-notices", out, Set.of("STALE_VERSION"));
    }
}
