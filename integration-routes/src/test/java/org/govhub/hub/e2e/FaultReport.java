package org.govhub.hub.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fault tests' table: per scenario, events accepted, outcomes delivered per recipient,
 * duplicate effects at the agencies, dead letters with a reason, and what was lost. Printed
 * and appended to {@code target/fault-report.txt}.
 *
 * <ul>
 *   <li><b>delivered</b>: obligations the recipient answered (APPLIED, REJECTED, NOT_APPLICABLE);</li>
 *   <li><b>duplicate effects</b>: records in an agency's own state (its applied transfers, the SMS
 *       sent) for one command beyond the first, plus exchanges beyond one per event;</li>
 *   <li><b>dead-lettered</b>: FAILED obligations whose command sits in a dead-letter queue with a reason;</li>
 *   <li><b>lost</b>: obligations expected (accepted events times recipients) that are neither.</li>
 * </ul>
 */
final class FaultReport {

    static final List<String> RECIPIENTS = List.of("water", "power", "gas", "heat", "sms", "realestate");

    record Row(String scenario, int accepted, Map<String, Integer> delivered, int duplicateEffects,
               int deadLettered, int lost) {

        String line() {
            StringBuilder d = new StringBuilder();
            for (String r : RECIPIENTS) {
                d.append(d.isEmpty() ? "" : " ").append(r.charAt(0)).append(delivered.getOrDefault(r, 0));
            }
            return String.format("| %-44s | %8d | %-26s | %10d | %13d | %4d |", scenario, accepted, d,
                    duplicateEffects, deadLettered, lost);
        }
    }

    static final String HEADER = String.format("| %-44s | %8s | %-26s | %10s | %13s | %4s |", "scenario", "accepted",
            "delivered (w p g h s r)", "dup effects", "dead-lettered", "lost");

    private static final List<Row> ROWS = new ArrayList<>();

    private FaultReport() {
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
        String text = HEADER + System.lineSeparator() + row.line() + System.lineSeparator();
        System.out.print("FAULT " + text);
        try {
            Path out = Path.of("target", "fault-report.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, row.line() + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized String table() {
        StringBuilder b = new StringBuilder(HEADER).append(System.lineSeparator());
        ROWS.forEach(r -> b.append(r.line()).append(System.lineSeparator()));
        return b.toString();
    }
}
