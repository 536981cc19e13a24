package org.govhub.simulators.water;

import java.time.Clock;
import java.time.LocalDate;
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
 * M6: the water utility's connection applications (用水报装). Every answer to a request number
 * ({@code sqbh}) is kept, so a repeat gets the first answer and files nothing more. An address
 * outside the water network (seed/gaotang-connections.json) is refused with 3001.
 */
@Component
public class WaterConnectionApplications implements ResettableState {

    /** An application the utility took up: 3 working days to finish, 4 with external works. */
    public record Application(String bzbh, String sqbh, String ckbh, String kj, boolean externalWorks) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ConnectionServiceAreas areas;
    private final Clock clock = Clock.system(WaterAccounts.CHINA);
    private final Map<String, Map<String, Object>> answers = new HashMap<>();
    private final List<Application> applications = new ArrayList<>();

    public WaterConnectionApplications(ConnectionServiceAreas areas) {
        this.areas = areas;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        applications.clear();
    }

    synchronized Map<String, Object> apply(String sqbh, String ckbh, String dz, String kj, boolean externalWorks) {
        return answers.computeIfAbsent(sqbh, r -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sqbh", r);
            if (!areas.serves("water", dz)) {
                answer.put("code", "3001");
                answer.put("msg", "该地址不在供水管网覆盖范围");
            } else {
                LocalDate today = LocalDate.now(clock);
                Application a = new Application("SWBZ" + DAY.format(today) + String.format("%06d", applications.size() + 1),
                        r, ckbh, kj, externalWorks);
                applications.add(a);
                answer.put("code", "0000");
                answer.put("msg", "受理成功");
                data.put("bzbh", a.bzbh());
                data.put("cnwcrq", today.plusDays(externalWorks ? 6 : 5).toString());
            }
            answer.put("data", data);
            return answer;
        });
    }

    public synchronized List<Application> applications() {
        return List.copyOf(applications);
    }
}
