package org.govhub.simulators.telecom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.ConnectionServiceAreas;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The telecom operator's installation orders. Every answer to a {@code transactionId} is kept,
 * so a repeat gets the first answer and orders nothing more. An address in a town without fibre
 * (seed/gaotang-connections.json) is refused with 1102; a building still under construction
 * (在建) with 1103.
 */
@Component
public class TelecomInstallOrders implements ResettableState {

    /** An order the operator took. */
    public record Order(String orderId, String transactionId, String channelOrderNo, String productType,
                        String promisedDate) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ConnectionServiceAreas areas;
    private final Clock clock = Clock.system(CHINA);
    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final List<Order> orders = new ArrayList<>();

    public TelecomInstallOrders(ConnectionServiceAreas areas) {
        this.areas = areas;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        orders.clear();
    }

    /** The first answer to this transaction, working it out if there is none yet. */
    synchronized Map<String, Object> order(String transactionId, String channelOrderNo, String address,
                                           String productType) {
        return answers.computeIfAbsent(transactionId, t -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            if (!areas.serves("telecom", address)) {
                answer.put("resultCode", "1102");
                answer.put("resultMsg", "该地址无光纤资源");
            } else if (address.contains("在建")) {
                answer.put("resultCode", "1103");
                answer.put("resultMsg", "该地址暂不具备装机条件");
            } else {
                LocalDate today = LocalDate.now(clock);
                Order o = new Order("DXZJ" + DAY.format(today) + String.format("%08d", orders.size() + 1), t,
                        channelOrderNo, productType, today.plusDays(5).toString());
                orders.add(o);
                answer.put("resultCode", "0");
                answer.put("resultMsg", "受理成功");
                answer.put("orderId", o.orderId());
                answer.put("promisedDate", o.promisedDate());
            }
            return answer;
        });
    }

    public synchronized List<Order> orders() {
        return List.copyOf(orders);
    }
}
