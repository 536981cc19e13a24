package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M2 {@code supervision-result-outcome}: whether the approval bureau recorded a supervision result
 * market supervision pushed to it ({@code POST /jgxx/fk}, 监管信息推送结果反馈); no business refusal.
 */
public class MarketSupervisionResultOutcomeHandler implements CommandHandler {

    static final String COMMAND = "supervision-result-outcome";
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final MarketApi api;

    public MarketSupervisionResultOutcomeHandler(MarketApi api) {
        this.api = api;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = api.request();
        out.put("bizId", command.commandId());
        out.put("resultNo", in.matching("resultId", MarketKeySupervisionHandler.NUMBER, "result-number"));
        out.put("entCode", in.uscc("enterprise.uscc"));
        out.put("outcome", in.oneOf("outcome", Set.of("COMPLETED", "PARTIAL")));
        out.put("approvalStatus", in.oneOf("approval.status", Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED")));
        if (in.has("approval.reasonCode")) {
            out.put("approvalReasonCode", in.matching("approval.reasonCode", CODE, "reason-code"));
        }
        in.optionalText("approval.reference", 100).ifPresent(v -> out.put("approvalReceiptNo", v));
        MarketApi.Answer a = api.post("/jgxx/fk", out, Set.of());
        if (a.success()) {
            return AgencyResult.applied(a.data().has("recordId")
                    ? a.data().matching("recordId", MarketKeySupervisionHandler.RECORD, "record-number")
                    : command.commandId());
        }
        return MarketApi.invalid(a);
    }
}
