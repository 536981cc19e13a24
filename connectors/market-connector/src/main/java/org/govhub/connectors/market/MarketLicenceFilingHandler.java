package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;

/**
 * M2 {@code licence-filing}: a licence or permit the approval bureau granted, filed with market
 * supervision so that it knows whom to supervise ({@code POST /xkxx/ba}, 许可信息备案).
 */
public class MarketLicenceFilingHandler implements CommandHandler {

    static final String COMMAND = "licence-filing";
    static final Map<String, String> LICENCE_TYPES = Map.of("BUSINESS_LICENCE", "01", "FOOD_BUSINESS", "02",
            "PUBLIC_HEALTH", "03", "CONSTRUCTION", "04", "OTHER", "99");

    private final MarketApi api;

    public MarketLicenceFilingHandler(MarketApi api) {
        this.api = api;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = api.request();
        out.put("bizId", command.commandId());
        out.put("licenceNo", in.matching("licenceNo", MarketKeySupervisionHandler.NUMBER, "licence-number"));
        out.put("licenceType", LICENCE_TYPES.get(in.oneOf("licenceType", LICENCE_TYPES.keySet())));
        out.put("entCode", in.uscc("enterprise.uscc"));
        out.put("entName", in.text("enterprise.name", 100));
        in.optionalText("enterprise.address", 200).ifPresent(v -> out.put("entAddress", v));
        if (in.has("enterprise.divisionCode")) {
            out.put("divisionCode", in.divisionCode("enterprise.divisionCode"));
        }
        in.optionalText("scope", 1000).ifPresent(v -> out.put("scope", v));
        var granted = in.date("grantedOn");
        var validUntil = in.date("validUntil");
        if (validUntil.isBefore(granted)) {
            throw new InvalidCommandException(COMMAND + " data: field validUntil is before grantedOn (rule date-order)");
        }
        out.put("grantDate", granted.toString());
        out.put("validTo", validUntil.toString());
        MarketApi.Answer a = api.post("/xkxx/ba", out, Set.of("NOT_IN_DIRECTORY"));
        if (a.success()) {
            return AgencyResult.applied(a.data().matching("recordId", MarketKeySupervisionHandler.RECORD, "record-number"));
        }
        return "INVALID_REQUEST".equals(a.errorCode()) ? MarketApi.invalid(a)
                : AgencyResult.rejected("NOT_IN_DIRECTORY",
                        "the enterprise is not in market supervision's directory of supervised enterprises");
    }
}
