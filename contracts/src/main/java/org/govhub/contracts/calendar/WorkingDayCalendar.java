package org.govhub.contracts.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.govhub.contracts.mandate.Deadline;

/**
 * Working days as Chinese administrations count them: Monday to Friday, minus the public
 * holidays of the year, plus the weekend days that the State Council's holiday notice makes
 * working days (调休上班). Each year's notice is configuration; a year without one counts
 * Monday to Friday only, and {@code unconfiguredYear} is told (once per use) so it can warn.
 */
public final class WorkingDayCalendar {

    /** One year's notice: days off on weekdays, and weekend days worked. */
    public record Year(Set<LocalDate> holidays, Set<LocalDate> workdays) {

        public Year {
            holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
            workdays = workdays == null ? Set.of() : Set.copyOf(workdays);
            Set<LocalDate> both = new java.util.HashSet<>(holidays);
            both.retainAll(workdays);
            if (!both.isEmpty()) {
                throw new IllegalArgumentException("days both holiday and working day: " + both);
            }
        }
    }

    private final ZoneId zone;
    private final Map<Integer, Year> years;
    private final IntConsumer unconfiguredYear;

    public WorkingDayCalendar(ZoneId zone, Map<Integer, Year> years, IntConsumer unconfiguredYear) {
        this.zone = zone;
        this.years = new TreeMap<>(years);
        this.years.forEach((year, notice) -> {
            Set<LocalDate> all = new java.util.HashSet<>(notice.holidays());
            all.addAll(notice.workdays());
            all.stream().filter(d -> d.getYear() != year).findFirst().ifPresent(d -> {
                throw new IllegalArgumentException("calendar year " + year + " lists " + d + ", a day of another year");
            });
        });
        this.unconfiguredYear = unconfiguredYear == null ? y -> { } : unconfiguredYear;
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<Integer> configuredYears() {
        return years.keySet();
    }

    public boolean isWorkingDay(LocalDate day) {
        Year notice = years.get(day.getYear());
        if (notice == null) {
            unconfiguredYear.accept(day.getYear());
        } else if (notice.holidays().contains(day)) {
            return false;
        } else if (notice.workdays().contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code day} (the day itself does not count). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more, not " + n);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * When something started at {@code start} is due under {@code deadline}: start plus the
     * duration, or the end (midnight, in the calendar's zone) of the Nth working day after the
     * day of {@code start}.
     */
    public OffsetDateTime dueAt(Deadline deadline, OffsetDateTime start) {
        if (!deadline.inWorkingDays()) {
            return start.plus(deadline.duration());
        }
        LocalDate startDay = start.atZoneSameInstant(zone).toLocalDate();
        LocalDate last = addWorkingDays(startDay, deadline.workingDays());
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return OffsetDateTime.ofInstant(end, ZoneOffset.UTC);
    }

    /** Working days elapsed between two instants' days (for reporting how late something was). */
    public long workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        LocalDate a = from.atZoneSameInstant(zone).toLocalDate();
        LocalDate b = to.atZoneSameInstant(zone).toLocalDate();
        long n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** A calendar of plain Monday-to-Friday weeks (tests, and places that have no notice). */
    public static WorkingDayCalendar weekdaysOnly(ZoneId zone) {
        return new WorkingDayCalendar(zone, Map.of(), null);
    }
}
