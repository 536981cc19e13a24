package org.govhub.connectors.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;

/**
 * M2 {@code key-supervision}: a suspicious finding of the approval bureau puts the enterprise on
 * market supervision's key-supervision list ({@code POST /zdjg/mdlr}, 重点监管名单录入).
 * {@code NOT_IN_DIRECTORY} is a refusal; {@code ALREADY_LISTED} means nothing to do.
 */
public class MarketKeySupervisionHandler implements CommandHandler {

    static final String COMMAND = "key-supervision";
    static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    static final Pattern RECORD = Pattern.compile("^SCJG-[A-Z]{2,4}-\\d{4}-\\d{6}$");
    /** 异常类型 codes of the list. */
    static final Map<String, String> ANOMALY = Map.of(
            "ONE_ADDRESS_MANY_LICENCES", "01", "ONE_LICENCE_MANY_ADDRESSES", "02",
            "ONE_PERSON_MANY_LICENCES", "03", "FALSE_ADDRESS", "04");

    private final MarketApi api;

    public MarketKeySupervisionHandler(MarketApi api) {
        this.api = api;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        AgencyJson in = AgencyJson.ofCommand(COMMAND, command.data());
        ObjectNode out = api.request();
        out.put("bizId", command.commandId());
        out.put("findingNo", in.matching("findingId", NUMBER, "finding-number"));
        out.put("anomalyType", ANOMALY.get(in.oneOf("findingType", ANOMALY.keySet())));
        out.put("entCode", in.uscc("enterprise.uscc"));
        out.put("entName", in.text("enterprise.name", 100));
        in.optionalText("enterprise.address", 200).ifPresent(v -> out.put("entAddress", v));
        if (in.has("enterprise.divisionCode")) {
            out.put("divisionCode", in.divisionCode("enterprise.divisionCode"));
        }
        JsonNode related = in.node("relatedEnterprises");
        if (!related.isMissingNode()) {
            if (!related.isArray() || related.size() > 50) {
                throw new InvalidCommandException(COMMAND + " data: field relatedEnterprises must be a list of at most 50 (rule size)");
            }
            ArrayNode codes = out.putArray("relatedEntCodes");
            for (int i = 0; i < related.size(); i++) {
                String code = related.get(i).asText();
                UnifiedSocialCreditCode.standard().check(code).ifPresent(problem -> {
                    throw new InvalidCommandException(COMMAND + " data: field relatedEnterprises " + problem + " (rule uscc)");
                });
                codes.add(code);
            }
        }
        out.put("foundDate", in.date("foundOn").toString());
        out.put("description", in.text("summary", 500));
        MarketApi.Answer a = api.post("/zdjg/mdlr", out, Set.of("NOT_IN_DIRECTORY", "ALREADY_LISTED"));
        if (a.success()) {
            return AgencyResult.applied(a.data().matching("recordId", RECORD, "record-number"));
        }
        return switch (a.errorCode()) {
            case "INVALID_REQUEST" -> MarketApi.invalid(a);
            case "NOT_IN_DIRECTORY" -> AgencyResult.rejected("NOT_IN_DIRECTORY",
                    "the enterprise is not in market supervision's directory of supervised enterprises");
            default -> new AgencyResult(org.govhub.contracts.command.OutcomeStatus.NOT_APPLICABLE, "ALREADY_LISTED",
                    "already on the key-supervision list", a.data().matching("recordId", RECORD, "record-number"));
        };
    }
}
