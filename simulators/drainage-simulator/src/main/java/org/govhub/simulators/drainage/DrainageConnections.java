package org.govhub.simulators.drainage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.ConnectionServiceAreas;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * The drainage service's connection applications. Every answer to a {@code requestNo} is kept
 * (status and body), so a repeat gets the first answer and files nothing more. An address in a
 * town without a public sewer (seed/gaotang-connections.json) is refused NO_SEWER; industrial
 * discharge is refused PRETREATMENT_REQUIRED.
 */
@Component
public class DrainageConnections implements ResettableState {

    /** An answer: HTTP status and body. */
    record Answer(int status, Map<String, Object> body) {
    }

    /** An application the service filed. */
    public record Filed(String acceptNo, String requestNo, String windowNo, String dischargeType) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ConnectionServiceAreas areas;
    private final Clock clock = Clock.system(CHINA);
    private final Map<String, Answer> answers = new HashMap<>();
    private final List<Filed> filed = new ArrayList<>();

    public DrainageConnections(ConnectionServiceAreas areas) {
        this.areas = areas;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        filed.clear();
    }

    synchronized Answer file(String requestNo, String windowNo, String address, String dischargeType) {
        return answers.computeIfAbsent(requestNo, r -> {
            Map<String, Object> body = new LinkedHashMap<>();
            if (!areas.serves("drainage", address)) {
                body.put("success", false);
                body.put("errorCode", "NO_SEWER");
                body.put("message", "该地址周边无市政排水管网");
                return new Answer(422, body);
            }
            if ("INDUSTRIAL".equals(dischargeType)) {
                body.put("success", false);
                body.put("errorCode", "PRETREATMENT_REQUIRED");
                body.put("message", "工业废水须先办理预处理许可");
                return new Answer(422, body);
            }
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            Filed f = new Filed("PSJR-" + DAY.format(now.toLocalDate()) + "-" + String.format("%04d", filed.size() + 1), r, windowNo,
                    dischargeType);
            filed.add(f);
            body.put("success", true);
            body.put("acceptNo", f.acceptNo());
            body.put("acceptedAt", now.toString());
            return new Answer(201, body);
        });
    }

    public synchronized List<Filed> filed() {
        return List.copyOf(filed);
    }
}
