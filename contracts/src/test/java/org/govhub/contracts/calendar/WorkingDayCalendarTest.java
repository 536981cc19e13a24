package org.govhub.contracts.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.govhub.contracts.mandate.Deadline;
import org.junit.jupiter.api.Test;

/** The 2026 notice of the State Council (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04). */
class WorkingDayCalendarTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar.Year Y2026 = new WorkingDayCalendar.Year(
            Set.copyOf(concat(range("2026-01-01", 3), range("2026-02-15", 9), range("2026-04-04", 3),
                    range("2026-05-01", 5), range("2026-06-19", 3), range("2026-09-25", 3), range("2026-10-01", 7))),
            Set.of(d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"), d("2026-09-20"),
                    d("2026-10-10")));
    private final List<Integer> unconfigured = new ArrayList<>();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(CHINA, Map.of(2026, Y2026), unconfigured::add);

    @Test
    void holidaysAreOffAndMakeUpWeekendsAreWorked() {
        assertThat(calendar.isWorkingDay(d("2026-10-01"))).isFalse();   // 国庆, a Thursday
        assertThat(calendar.isWorkingDay(d("2026-10-10"))).isTrue();    // 调休上班, a Saturday
        assertThat(calendar.isWorkingDay(d("2026-10-11"))).isFalse();   // an ordinary Sunday
        assertThat(calendar.isWorkingDay(d("2026-11-25"))).isTrue();    // an ordinary Wednesday
        assertThat(unconfigured).isEmpty();
    }

    @Test
    void countsWorkingDaysFromTheDayAfter() {
        // Accepted on Wednesday 30 September: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (the make-up Saturday).
        assertThat(calendar.addWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
        // Accepted on Friday 13 February: the 14th is a make-up Saturday, then nine days of Spring Festival.
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        // An ordinary week: Wednesday plus 3 is Monday.
        assertThat(calendar.addWorkingDays(d("2026-11-25"), 3)).isEqualTo(d("2026-11-30"));
    }

    @Test
    void aWorkingDayDeadlineEndsAtMidnightInChina() {
        // 17:00 UTC on Friday 9 October is already the make-up Saturday 10 October in Gaotang:
        // counted from there, 12, 13 and 14 October, not 10, 12 and 13.
        OffsetDateTime late = OffsetDateTime.parse("2026-10-09T17:00:00Z");
        assertThat(calendar.dueAt(Deadline.workingDays(3), late)).isEqualTo(OffsetDateTime.parse("2026-10-14T16:00:00Z"));
        OffsetDateTime morning = OffsetDateTime.parse("2026-09-30T01:00:00Z");
        assertThat(calendar.dueAt(Deadline.workingDays(3), morning)).isEqualTo(OffsetDateTime.parse("2026-10-10T16:00:00Z"));
        assertThat(calendar.dueAt(Deadline.parse("PT24H"), morning)).isEqualTo(OffsetDateTime.parse("2026-10-01T01:00:00Z"));
    }

    @Test
    void aYearWithoutANoticeCountsWeekdaysAndSaysSo() {
        assertThat(calendar.addWorkingDays(d("2027-01-01"), 1)).isEqualTo(d("2027-01-04"));
        assertThat(unconfigured).contains(2027);
    }

    @Test
    void reportsWorkingDaysBetween() {
        assertThat(calendar.workingDaysBetween(OffsetDateTime.parse("2026-09-30T01:00:00Z"),
                OffsetDateTime.parse("2026-10-12T01:00:00Z"))).isEqualTo(4);
    }

    @Test
    void refusesANoticeThatContradictsItself() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new WorkingDayCalendar.Year(Set.of(d("2026-10-10")), Set.of(d("2026-10-10"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(CHINA,
                Map.of(2025, Y2026), null)).withMessageContaining("another year");
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<LocalDate> range(String first, int days) {
        return IntStream.range(0, days).mapToObj(i -> d(first).plusDays(i)).toList();
    }

    @SafeVarargs
    private static List<LocalDate> concat(List<LocalDate>... lists) {
        List<LocalDate> all = new ArrayList<>();
        for (List<LocalDate> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
