package org.govhub.hub.mandate.m1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govhub.contracts.mandate.FieldProjection;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.hub.exchange.ExchangeRecord;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.MandateCompletion;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.OutgoingCommand;
import org.springframework.stereotype.Component;

/**
 * M1's completion: the new owner's SMS (template {@code M1_TRANSFER_RESULT}, one status word per
 * utility) and the combined outcome for real-estate registration. Each holds only the fields
 * the declaration's completion allow-list names, plus the utilities' outcomes.
 */
@Component
public class TransferCompletionNotices {

    static final String SMS_TEMPLATE = "M1_TRANSFER_RESULT";

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final ObjectMapper mapper;

    public TransferCompletionNotices(MandateExecutor mandates, ExchangeRepository exchanges, ObjectMapper mapper) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.mapper = mapper;
    }

    public List<OutgoingCommand> notices(MandateCompletion completion) {
        MandateDeclaration m = mandates.mandate(PropertyTransferUtilitiesRoute.MANDATE);
        ExchangeRecord exchange = exchanges.find(completion.exchangeId())
                .orElseThrow(() -> new IllegalStateException("exchange " + completion.exchangeId() + " vanished"));
        JsonNode event = mandates.eventData(exchange);
        List<OutgoingCommand> out = new ArrayList<>();
        for (MandateDeclaration.Recipient r : mandates.flowOf(m.id(), exchange).completion()) {
            ObjectNode shared = FieldProjection.project(event, r.fields());
            switch (r.agency()) {
                case "sms" -> {
                    String phone = shared.path("newOwner").path("phone").asText(null);
                    if (phone == null) {
                        mandates.completionNotApplicable(m, r, exchange, "NO_PHONE",
                                "the new owner has no phone number on the registration");
                        continue;
                    }
                    out.add(mandates.completionNotice(m, r, exchange, sms(phone, shared, completion),
                            List.of("utilities.status")));
                }
                case "realestate" -> out.add(mandates.completionNotice(m, r, exchange,
                        transferOutcome(shared, completion), List.of("utilities.status", "utilities.reason")));
                default -> throw new IllegalStateException("M1 has no completion notice for " + r.agency());
            }
        }
        return out;
    }

    private ObjectNode sms(String phone, ObjectNode shared, MandateCompletion completion) {
        ObjectNode data = mapper.createObjectNode();
        data.put("phone", phone);
        data.put("template", SMS_TEMPLATE);
        ObjectNode params = data.putObject("params");
        params.put("address", shared.path("address").asText());
        for (String utility : List.of("water", "power", "gas", "heat")) {
            params.put(utility, completion.recipients().stream().filter(o -> o.recipient().equals(utility))
                    .findFirst().map(TransferCompletionNotices::word).orElse("未办理"));
        }
        return data;
    }

    private ObjectNode transferOutcome(ObjectNode shared, MandateCompletion completion) {
        ObjectNode data = mapper.createObjectNode();
        data.put("applicationNo", shared.path("applicationNo").asText());
        data.put("unitNumber", shared.path("unitNumber").asText());
        data.put("outcome", completion.allSucceeded() ? "COMPLETED" : "PARTIAL");
        ArrayNode utilities = data.putArray("utilities");
        for (Obligation o : completion.recipients()) {
            ObjectNode u = utilities.addObject();
            u.put("agency", o.recipient());
            u.put("status", o.status().name());
            if (o.reasonCode() != null) {
                u.put("reasonCode", o.reasonCode());
            }
            if (o.reason() != null) {
                u.put("reason", o.reason().length() > 500 ? o.reason().substring(0, 500) : o.reason());
            }
        }
        return data;
    }

    /** The status word the SMS template shows for one utility. */
    static String word(Obligation o) {
        return switch (o.status()) {
            case APPLIED -> "已过户";
            case NOT_APPLICABLE -> "无账户";
            case REJECTED -> "未过户";
            case FAILED -> "办理失败";
            case PENDING -> "办理中";
        };
    }
}
