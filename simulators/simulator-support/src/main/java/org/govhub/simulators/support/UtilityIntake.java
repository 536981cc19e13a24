package org.govhub.simulators.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * M6 at the simulated utilities: what each one took up, keyed by the caller's request number so
 * that a repeat gets the first answer and files nothing more. Used for the connection
 * applications of power, gas and heat and for the construction permits (Parts 4.2, 4.5) every
 * utility registers. Whether a utility serves an address comes from
 * {@code seed/gaotang-connections.json} ({@link ConnectionServiceAreas}).
 */
@Component
public class UtilityIntake implements ResettableState {

    /** What a utility filed: an application or a permit's project, under its own number. */
    public record Filed(String agency, String kind, String requestNo, String subject, String reference,
                        String address, Map<String, String> details) {
    }

    /** The answer to one request, and what was filed for it (null when refused). */
    public record Outcome<T>(T answer, Filed filed) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ConnectionServiceAreas areas;
    private final Clock clock = Clock.system(CHINA);
    private final Map<String, Object> answers = new HashMap<>();
    private final List<Filed> filed = new ArrayList<>();

    public UtilityIntake(ConnectionServiceAreas areas) {
        this.areas = areas;
    }

    @Override
    public synchronized void reset() {
        answers.clear();
        filed.clear();
    }

    /** Whether {@code agency} has a network at {@code address}. */
    public boolean serves(String agency, String address) {
        return areas.serves(agency, address);
    }

    /** Today in Gaotang. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The first answer to request {@code requestNo} of {@code agency}'s {@code kind}; computed by
     * {@code answer} the first time, from the reference the filing would get
     * ({@code prefix}, today's date and a sequence of {@code digits} digits).
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T once(String agency, String kind, String requestNo, String prefix, int digits,
                                   Function<String, Outcome<T>> answer) {
        String key = agency + "|" + kind + "|" + requestNo;
        Object known = answers.get(key);
        if (known != null) {
            return (T) known;
        }
        long sequence = filed.stream().filter(f -> f.agency().equals(agency) && f.kind().equals(kind)).count() + 1;
        String reference = prefix + DAY.format(today()) + String.format("%0" + digits + "d", sequence);
        Outcome<T> outcome = answer.apply(reference);
        if (outcome.filed() != null) {
            filed.add(outcome.filed());
        }
        answers.put(key, outcome.answer());
        return outcome.answer();
    }

    /** What {@code agency} filed of {@code kind}, oldest first. */
    public synchronized List<Filed> filed(String agency, String kind) {
        return filed.stream().filter(f -> f.agency().equals(agency) && f.kind().equals(kind)).toList();
    }
}
