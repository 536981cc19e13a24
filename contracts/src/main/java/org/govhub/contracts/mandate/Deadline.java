package org.govhub.contracts.mandate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an obligation may take: either an elapsed duration ({@code PT24H}, ISO 8601) or a
 * number of working days ({@code 3 working days}), counted by the working-day calendar from the
 * day after acceptance, as the plan counts them (受理之日起 N 个工作日).
 */
public record Deadline(Duration duration, int workingDays) {

    private static final Pattern WORKING_DAYS = Pattern.compile("^([1-9]\\d{0,2}) working days?$");

    public Deadline {
        if ((duration == null) == (workingDays == 0)) {
            throw new IllegalArgumentException("a deadline is either a duration or a number of working days");
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("a deadline must be positive, not " + duration);
        }
        if (workingDays < 0) {
            throw new IllegalArgumentException("a deadline must be positive, not " + workingDays + " working days");
        }
    }

    public static Deadline of(Duration duration) {
        return new Deadline(duration, 0);
    }

    public static Deadline workingDays(int days) {
        return new Deadline(null, days);
    }

    /**
     * {@code PT24H}, {@code P2D} (ISO 8601) or {@code 3 working days}.
     *
     * @throws IllegalArgumentException naming the text and both accepted forms
     */
    @JsonCreator
    public static Deadline parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = WORKING_DAYS.matcher(t);
        if (m.matches()) {
            return workingDays(Integer.parseInt(m.group(1)));
        }
        try {
            return of(Duration.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("deadline '" + text + "' is neither an ISO-8601 duration (PT24H, P2D)"
                    + " nor a number of working days ('3 working days')");
        }
    }

    public boolean inWorkingDays() {
        return workingDays > 0;
    }

    @JsonValue
    @Override
    public String toString() {
        return inWorkingDays() ? workingDays + (workingDays == 1 ? " working day" : " working days") : duration.toString();
    }
}
