package org.govhub.hub.mandate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.govhub.contracts.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar that deadlines in working days are counted by: Chinese public
 * holidays and 调休 working weekends, one State Council notice per year, from
 * {@code govhub.calendar} (application.yaml ships 2025 and 2026; add each year as its notice
 * is published, usually in November).
 */
@Configuration(proxyBeanMethods = false)
public class WorkingDayCalendarConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendarConfiguration.class);

    public static class CalendarProperties {
        /** The zone whose midnight ends a working day. */
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        /** Per year: weekdays off (holidays) and weekend days worked (workdays). */
        private Map<Integer, YearNotice> years = new LinkedHashMap<>();

        public ZoneId getZone() {
            return zone;
        }

        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        public Map<Integer, YearNotice> getYears() {
            return years;
        }

        public void setYears(Map<Integer, YearNotice> years) {
            this.years = years;
        }
    }

    public static class YearNotice {
        /** Where the days come from, e.g. the State Council notice. */
        private String source;
        private List<LocalDate> holidays = List.of();
        private List<LocalDate> workdays = List.of();

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public List<LocalDate> getHolidays() {
            return holidays;
        }

        public void setHolidays(List<LocalDate> holidays) {
            this.holidays = holidays;
        }

        public List<LocalDate> getWorkdays() {
            return workdays;
        }

        public void setWorkdays(List<LocalDate> workdays) {
            this.workdays = workdays;
        }
    }

    @Bean
    @ConfigurationProperties("govhub.calendar")
    CalendarProperties calendarProperties() {
        return new CalendarProperties();
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        Map<Integer, WorkingDayCalendar.Year> years = new LinkedHashMap<>();
        properties.getYears().forEach((year, notice) -> years.put(year,
                new WorkingDayCalendar.Year(Set.copyOf(notice.getHolidays()), Set.copyOf(notice.getWorkdays()))));
        Set<Integer> warned = ConcurrentHashMap.newKeySet();
        WorkingDayCalendar calendar = new WorkingDayCalendar(properties.getZone(), years, year -> {
            if (warned.add(year)) {
                LOG.warn("no holiday notice configured for {} (govhub.calendar.years.{}): counting Monday to Friday"
                        + " as working days", year, year);
            }
        });
        LOG.info("working-day calendar in {} with holiday notices for {}", properties.getZone(), years.keySet());
        return calendar;
    }
}
