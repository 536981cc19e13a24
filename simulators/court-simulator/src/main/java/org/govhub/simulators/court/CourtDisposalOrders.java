package org.govhub.simulators.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.GaotangJudicialSeed;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.ResettableState;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * M7 from the court's side: the enforcement judge's disposal order (以物抵债裁定 with its
 * 协助执行通知书) on a case of {@link GaotangJudicialSeed}, and its withdrawal. The court's system
 * records the order, then pushes {@code gov.court.disposal-ordered.v1} (or
 * {@code gov.court.disposal-withdrawn.v1}) to the hub, built from the case as it holds it.
 */
@Component
public class CourtDisposalOrders implements ResettableState {

    static final String ORDERED = "gov.court.disposal-ordered.v1";
    static final String WITHDRAWN = "gov.court.disposal-withdrawn.v1";
    private static final Logger LOG = LoggerFactory.getLogger(CourtDisposalOrders.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A case's order as the court holds it: ORDERED or WITHDRAWN. */
    public record Order(String caseNumber, String unitNumber, String status, String withdrawnOn, String reason) {
    }

    private final GaotangJudicialSeed seed;
    private final OriginatedEvents events;
    private final ObjectMapper mapper;
    private final Map<String, Order> orders = new LinkedHashMap<>();

    public CourtDisposalOrders(GaotangJudicialSeed seed, OriginatedEvents events, ObjectMapper mapper) {
        this.seed = seed;
        this.events = events;
        this.mapper = mapper;
    }

    @Override
    public synchronized void reset() {
        orders.clear();
    }

    /** Orders the case's disposal and pushes the order; empty when the court has no such case. */
    public Optional<OriginatedEvents.Event> order(String caseNumber) {
        Optional<GaotangJudicialSeed.Case> found = seed.byCaseNumber(caseNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GaotangJudicialSeed.Case c = found.get();
        synchronized (this) {
            Order earlier = orders.get(caseNumber);
            if (earlier != null && "WITHDRAWN".equals(earlier.status())) {
                throw new IllegalStateException("the order of this case was withdrawn");
            }
            orders.putIfAbsent(caseNumber, new Order(caseNumber, c.unitNumber(), "ORDERED", null, null));
        }
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", c.caseNumber())
                .put("assistanceNoticeNo", c.assistanceNoticeNo())
                .put("unitNumber", c.unitNumber())
                .put("address", c.address())
                .put("rulingDate", c.rulingDate())
                .put("disposalPrice", c.disposalPrice());
        party(data.putObject("transferee"), c.transferee());
        party(data.putObject("transferor"), c.transferor());
        OriginatedEvents.Event event = events.originate("court", "order " + caseNumber, ORDERED, data);
        LOG.info("court: disposal order of case {} -> hub {}", caseNumber, event.hubDelivery().status());
        return Optional.of(event);
    }

    /**
     * Withdraws the case's order (执行回转/撤销裁定) and pushes the withdrawal; empty when the court
     * made no order on the case.
     */
    public Optional<OriginatedEvents.Event> withdraw(String caseNumber, String reason) {
        Order withdrawn;
        synchronized (this) {
            Order order = orders.get(caseNumber);
            if (order == null) {
                return Optional.empty();
            }
            withdrawn = "WITHDRAWN".equals(order.status()) ? order
                    : new Order(caseNumber, order.unitNumber(), "WITHDRAWN", LocalDate.now(CHINA).toString(), reason);
            orders.put(caseNumber, withdrawn);
        }
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", caseNumber)
                .put("unitNumber", withdrawn.unitNumber())
                .put("withdrawnOn", withdrawn.withdrawnOn())
                .put("reason", withdrawn.reason());
        OriginatedEvents.Event event = events.originate("court", "withdrawal " + caseNumber, WITHDRAWN, data);
        LOG.info("court: withdrawal of case {} -> hub {}", caseNumber, event.hubDelivery().status());
        return Optional.of(event);
    }

    public synchronized List<Order> orders() {
        return List.copyOf(orders.values());
    }

    private static void party(ObjectNode node, GaotangSeed.Party p) {
        node.put("name", p.name()).put("idType", p.idType()).put("idNumber", p.idNumber());
    }
}
