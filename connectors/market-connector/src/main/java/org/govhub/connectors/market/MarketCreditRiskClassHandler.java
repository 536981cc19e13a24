package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M3 {@code credit-risk-class}: an enterprise's credit class, sent to market supervision with
 * the 双随机 sampling ratio the configured code list gives that class ({@code POST /xyfl/gx},
 * 信用风险分类更新). A class outside the configured list is an invalid command, not a guess.
 * The answer must confirm the ratio sent.
 */
public class MarketCreditRiskClassHandler implements CommandHandler {

    static final String COMMAND = "credit-risk-class";
    private static final Pattern RATIO = Pattern.compile("^(0\\.\\d{2}|1\\.00)$");

    private final MarketApi api;
    private final CreditRiskCodeLists codeList;

    public MarketCreditRiskClassHandler(MarketApi api, CreditRiskCodeLists codeList) {
        this.api = api;
        this.codeList = codeList;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        String riskClass = in.text("creditClass", 1);
        String ratio = codeList.ratio(riskClass).orElseThrow(() -> new InvalidCommandException(COMMAND
                + " data: field creditClass is not a class of the code list " + codeList.codeList() + " "
                + codeList.classes() + " (rule credit-risk-class)"));
        ObjectNode out = api.request();
        out.put("bizId", command.commandId());
        out.put("entCode", in.uscc("uscc"));
        out.put("entName", in.text("enterpriseName", 100));
        out.put("codeList", codeList.codeList());
        out.put("riskClass", riskClass);
        out.put("samplingRatio", ratio);
        out.put("version", in.integer("version", 1, 100_000));
        out.put("changeType", in.oneOf("action", Set.of("CHANGE", "REPAIR", "CORRECTION", "RETRACTION")));
        out.put("effectiveDate", in.date("effectiveDate").toString());
        MarketApi.Answer a = api.post("/xyfl/gx", out, Set.of("NOT_IN_DIRECTORY", "STALE_VERSION"));
        if (a.success()) {
            String applied = a.data().matching("samplingRatio", RATIO, "sampling-ratio");
            if (!applied.equals(ratio)) {
                throw new ContractViolationException("market answer: field data.samplingRatio is not the ratio sent"
                        + " (rule sampling-ratio-applied)");
            }
            return AgencyResult.applied(a.data().matching("recordId", MarketKeySupervisionHandler.RECORD, "record-number"));
        }
        return switch (a.errorCode()) {
            case "INVALID_REQUEST" -> MarketApi.invalid(a);
            case "NOT_IN_DIRECTORY" -> AgencyResult.rejected("NOT_IN_DIRECTORY",
                    "the enterprise is not in market supervision's directory of supervised enterprises");
            default -> AgencyResult.rejected("STALE_VERSION", "market supervision holds this or a newer version");
        };
    }
}
