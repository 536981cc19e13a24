package org.govhub.simulators.approval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govhub.simulators.support.ResettableState;
import org.springframework.stereotype.Component;

/**
 * M6: the combined utilities window's record of what the utilities answered to each
 * application, as the hub reports it. A repeat of a report (same {@code requestId}) changes
 * nothing; a later report replaces the earlier one.
 */
@Component
public class ApprovalConnectionWindow implements ResettableState {

    /** One report as the window keeps it. */
    public record Report(String applicationNo, String requestId, String outcome, List<Map<String, Object>> utilities,
                         int reportsReceived) {
    }

    private final Map<String, Report> byApplication = new LinkedHashMap<>();
    private final Map<String, String> seenRequests = new HashMap<>();

    @Override
    public synchronized void reset() {
        byApplication.clear();
        seenRequests.clear();
    }

    synchronized void record(String applicationNo, String requestId, String outcome, List<Map<String, Object>> utilities) {
        if (seenRequests.putIfAbsent(requestId, applicationNo) != null) {
            return;
        }
        Report before = byApplication.get(applicationNo);
        byApplication.put(applicationNo, new Report(applicationNo, requestId, outcome, List.copyOf(utilities),
                before == null ? 1 : before.reportsReceived() + 1));
    }

    public synchronized List<Report> reports() {
        return List.copyOf(byApplication.values());
    }
}
