package org.govhub.hub.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govhub.contracts.calendar.WorkingDayCalendar;
import org.govhub.contracts.mandate.Deadline;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.junit.jupiter.api.Test;

/** Due dates of data-dependent deadlines, counted in working days by the holiday calendar. */
class MandateDeadlinesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    // 2026's National Day week: 1-7 October off, Saturday 10 October worked (调休).
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(CHINA, Map.of(2026,
            new WorkingDayCalendar.Year(Set.of(java.time.LocalDate.parse("2026-10-01"),
                    java.time.LocalDate.parse("2026-10-02"), java.time.LocalDate.parse("2026-10-05"),
                    java.time.LocalDate.parse("2026-10-06"), java.time.LocalDate.parse("2026-10-07")),
                    Set.of(java.time.LocalDate.parse("2026-10-10")))), year -> { });
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MandateDeclaration m = declaration();
    private final MandateDeclaration.Flow flow = m.flows().get(0);
    private final MandateDeclaration.Recipient water = flow.recipients().get(0);

    @Test
    void withoutExternalWorksThreeWorkingDaysWithFour() throws Exception {
        MandateDeadlines deadlines = new MandateDeadlines(new MandateDeadlines.Settings(), CALENDAR);
        // Accepted Wednesday 30 September 2026, 10:00 in Gaotang.
        OffsetDateTime accepted = OffsetDateTime.parse("2026-09-30T02:00:00Z");

        // Working days after 30 Sep: Thu 8 Oct, Fri 9 Oct, Sat 10 Oct (调休), Mon 12 Oct.
        assertThat(deadlines.dueAt(m, flow, water, data(false), accepted))
                .isEqualTo(OffsetDateTime.parse("2026-10-10T16:00:00Z"));
        assertThat(deadlines.dueAt(m, flow, water, data(true), accepted))
                .isEqualTo(OffsetDateTime.parse("2026-10-12T16:00:00Z"));
        // The exchange is due when its latest obligation is.
        assertThat(deadlines.dueAt(List.of(new MandateCatalog.TriggeredFlow(m, flow)), data(true), accepted))
                .isEqualTo(OffsetDateTime.parse("2026-10-12T16:00:00Z"));
        assertThat(deadlines.dueAt(List.of(new MandateCatalog.TriggeredFlow(m, flow)), data(false), accepted))
                .isEqualTo(OffsetDateTime.parse("2026-10-10T16:00:00Z"));
    }

    @Test
    void aConfiguredOverrideStillWinsOverTheRules() throws Exception {
        MandateDeadlines.Settings settings = new MandateDeadlines.Settings();
        MandateDeadlines.MandateSettings override = new MandateDeadlines.MandateSettings();
        override.setDeadline("PT2H");
        settings.setMandates(Map.of("M99", override));
        MandateDeadlines deadlines = new MandateDeadlines(settings, CALENDAR);

        assertThat(deadlines.deadline(m, flow, water, data(true))).isEqualTo(Deadline.parse("PT2H"));
    }

    @Test
    void aFlowsConfiguredOverrideWinsOverTheMandatesAndLeavesOtherFlowsAlone() throws Exception {
        MandateDeadlines.Settings settings = new MandateDeadlines.Settings();
        MandateDeadlines.MandateSettings override = new MandateDeadlines.MandateSettings();
        MandateDeadlines.FlowSettings flowOverride = new MandateDeadlines.FlowSettings();
        flowOverride.setDeadline("2 working days");
        override.setFlows(Map.of(flow.name(), flowOverride));
        settings.setMandates(Map.of("M99", override));

        assertThat(new MandateDeadlines(settings, CALENDAR).deadline(m, flow, water, data(true)))
                .isEqualTo(Deadline.workingDays(2));

        override.setDeadline("PT2H");
        assertThat(new MandateDeadlines(settings, CALENDAR).deadline(m, flow, water, data(true)))
                .as("the flow's override before the mandate's").isEqualTo(Deadline.workingDays(2));

        override.setFlows(Map.of("another-flow", flowOverride));
        assertThat(new MandateDeadlines(settings, CALENDAR).deadline(m, flow, water, data(true)))
                .isEqualTo(Deadline.parse("PT2H"));
        override.setDeadline(null);
        assertThat(new MandateDeadlines(settings, CALENDAR).deadline(m, flow, water, data(true)))
                .as("no override for this flow: the declaration's rules").isEqualTo(Deadline.workingDays(4));
    }

    private static JsonNode data(boolean externalWorks) throws Exception {
        return JSON.readTree("{\"externalWorks\":" + externalWorks + "}");
    }

    private static MandateDeclaration declaration() {
        try {
            return MandateCatalog.parse("""
                    id: M99
                    name: connection
                    version: 1
                    title: t
                    legalBasis: {document: d, section: s, text: x}
                    deadline: 3 working days
                    trigger: {eventType: gov.a.applied.v1, source: a}
                    recipients:
                      - agency: water
                        command: connection-application
                        queue: agency.water.connection-application.v1
                        sharingClass: CONDITIONAL
                        fields: [x]
                        deadlineWhen:
                          - {when: {field: externalWorks, equals: "true"}, deadline: 4 working days}
                    """.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
