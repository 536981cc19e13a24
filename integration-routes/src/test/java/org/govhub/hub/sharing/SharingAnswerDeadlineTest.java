package org.govhub.hub.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.govhub.contracts.calendar.WorkingDayCalendar;
import org.govhub.contracts.catalogue.SharingCatalogue;
import org.govhub.contracts.mandate.Deadline;
import org.govhub.hub.mandate.MandateDeadlines;
import org.junit.jupiter.api.Test;

/**
 * M9's answer deadline: {@code govhub.mandates.M9.deadline} overrides the catalogue's
 * {@code answerDeadline}, which overrides the declaration's 10 working days.
 */
class SharingAnswerDeadlineTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"),
            Map.of(2026, new WorkingDayCalendar.Year(Set.of(), Set.of())), year -> { });
    private static final SharingCatalogue CATALOGUE = SharingCatalogue.fromClasspath();
    private static final Deadline DECLARED = Deadline.parse("10 working days");

    @Test
    void theConfiguredDeadlineOverridesTheCataloguesAnswerDeadline() {
        SharingCatalogue.Resource household = CATALOGUE.resource("publicsecurity.household-registration").orElseThrow();
        assertThat(household.answerDeadline()).isNotNull();

        MandateDeadlines overridden = deadlines("PT4H");
        Deadline d = SharingRequests.answerDeadline(overridden.override(SharingRequests.MANDATE), household, DECLARED);
        OffsetDateTime asked = OffsetDateTime.parse("2026-11-25T02:00:00Z");
        assertThat(CALENDAR.dueAt(d, asked)).isEqualTo(asked.plus(Duration.ofHours(4)));

        MandateDeadlines inWorkingDays = deadlines("3 working days");
        assertThat(SharingRequests.answerDeadline(inWorkingDays.override(SharingRequests.MANDATE), household, DECLARED))
                .isEqualTo(Deadline.parse("3 working days"));
    }

    @Test
    void withoutAnOverrideTheCatalogueAndThenTheDeclarationDecide() {
        MandateDeadlines none = new MandateDeadlines(new MandateDeadlines.Settings(), CALENDAR);
        assertThat(none.override(SharingRequests.MANDATE)).isEmpty();
        SharingCatalogue.Resource household = CATALOGUE.resource("publicsecurity.household-registration").orElseThrow();
        assertThat(SharingRequests.answerDeadline(none.override(SharingRequests.MANDATE), household, DECLARED))
                .isEqualTo(household.answerDeadline());
        SharingCatalogue.Resource unit = CATALOGUE.resource("realestate.unit-basics").orElseThrow();
        assertThat(unit.answerDeadline()).isNull();
        assertThat(SharingRequests.answerDeadline(none.override(SharingRequests.MANDATE), unit, DECLARED))
                .isEqualTo(DECLARED);
        // Another mandate's override is not M9's.
        MandateDeadlines otherMandate = new MandateDeadlines(settings("M1", "PT1H"), CALENDAR);
        assertThat(otherMandate.override(SharingRequests.MANDATE)).isEmpty();
    }

    private static MandateDeadlines deadlines(String m9) {
        return new MandateDeadlines(settings(SharingRequests.MANDATE, m9), CALENDAR);
    }

    private static MandateDeadlines.Settings settings(String mandate, String deadline) {
        MandateDeadlines.MandateSettings s = new MandateDeadlines.MandateSettings();
        s.setDeadline(deadline);
        MandateDeadlines.Settings settings = new MandateDeadlines.Settings();
        settings.setMandates(Map.of(mandate, s));
        return settings;
    }
}
