package org.govhub.hub.mandate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.calendar.WorkingDayCalendar;
import org.govhub.contracts.mandate.Deadline;
import org.govhub.contracts.mandate.MandateCatalog.TriggeredFlow;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * Each mandate's deadline: the declaration's (mandate, flow or recipient), unless
 * {@code govhub.mandates.<id>.flows.<flow>.deadline} overrides it for one flow, or
 * {@code govhub.mandates.<id>.deadline} for the whole mandate (the flow's override wins). An override is an
 * ISO-8601 or Spring duration ({@code PT4H}, {@code 30m}) or a number of working days
 * ({@code 3 working days}). Working days are counted by the {@link WorkingDayCalendar}.
 */
@Component
public class MandateDeadlines {

    private final Map<String, MandateSettings> mandates;
    private final WorkingDayCalendar calendar;

    public MandateDeadlines(Settings settings, WorkingDayCalendar calendar) {
        this.mandates = Map.copyOf(settings.getMandates());
        this.calendar = calendar;
    }

    /** {@code govhub.mandates.<id>.*}. */
    @ConfigurationProperties("govhub")
    public static class Settings {

        /** Per mandate id, its settings. */
        private Map<String, MandateSettings> mandates = Map.of();

        public Map<String, MandateSettings> getMandates() {
            return mandates;
        }

        public void setMandates(Map<String, MandateSettings> mandates) {
            this.mandates = mandates;
        }
    }

    public static class MandateSettings {
        private String deadline;
        /**
         * Concurrent consumers of the mandate's queues ({@code govhub.mandates.<id>.consumers}; under
         * the key {@code default}, of every mandate's), read by {@link MandateRouteBuilder}.
         */
        private Integer consumers;

        public Integer getConsumers() {
            return consumers;
        }

        public void setConsumers(Integer consumers) {
            this.consumers = consumers;
        }
        /** Per flow name, a deadline for that flow alone: {@code govhub.mandates.<id>.flows.<flow>.deadline}. */
        private Map<String, FlowSettings> flows = Map.of();

        public Map<String, FlowSettings> getFlows() {
            return flows;
        }

        public void setFlows(Map<String, FlowSettings> flows) {
            this.flows = flows;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }
    }

    /** {@code govhub.mandates.<id>.flows.<flow>.*}. */
    public static class FlowSettings {
        private String deadline;

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }
    }

    /** The configured override for {@code flow} of {@code m}, the flow's own before the mandate's; null when none. */
    private Deadline override(MandateDeclaration m, MandateDeclaration.Flow flow) {
        MandateSettings s = mandates.get(m.id());
        if (s == null) {
            return null;
        }
        FlowSettings f = flow == null || flow.name() == null || s.getFlows() == null ? null : s.getFlows().get(flow.name());
        if (f != null && f.getDeadline() != null && !f.getDeadline().isBlank()) {
            return parse(m.id() + ".flows." + flow.name(), f.getDeadline());
        }
        if (s.getDeadline() != null && !s.getDeadline().isBlank()) {
            return parse(m.id(), s.getDeadline());
        }
        return null;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The deadline {@code govhub.mandates.<id>.deadline} sets for the whole mandate, if it is set:
     * for a mandate whose deadlines come from elsewhere too (M9's catalogue), the override wins.
     */
    public java.util.Optional<Deadline> override(String mandateId) {
        MandateSettings s = mandates.get(mandateId);
        if (s == null || s.getDeadline() == null || s.getDeadline().isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parse(mandateId, s.getDeadline()));
    }

    /** The deadline of recipient {@code r} (null: the flow's) in {@code flow} of {@code m}. */
    public Deadline deadline(MandateDeclaration m, MandateDeclaration.Flow flow, MandateDeclaration.Recipient r) {
        Deadline override = override(m, flow);
        if (override != null) {
            return override;
        }
        return m.deadlineOf(flow, r);
    }

    /**
     * The deadline of recipient {@code r} in {@code flow} of {@code m} for the event {@code data}:
     * as {@link #deadline(MandateDeclaration, MandateDeclaration.Flow, MandateDeclaration.Recipient)},
     * with the recipient's {@code deadlineWhen} rules applied to the data.
     */
    public Deadline deadline(MandateDeclaration m, MandateDeclaration.Flow flow, MandateDeclaration.Recipient r,
                             JsonNode data) {
        Deadline override = override(m, flow);
        if (override != null) {
            return override;
        }
        return m.deadlineOf(flow, r, data);
    }

    /** When something of {@code r} in {@code flow} started at {@code start} is due. */
    public OffsetDateTime dueAt(MandateDeclaration m, MandateDeclaration.Flow flow, MandateDeclaration.Recipient r,
                                OffsetDateTime start) {
        return calendar.dueAt(deadline(m, flow, r), start);
    }

    /** When something of {@code r} in {@code flow}, for the event {@code data}, started at {@code start} is due. */
    public OffsetDateTime dueAt(MandateDeclaration m, MandateDeclaration.Flow flow, MandateDeclaration.Recipient r,
                                JsonNode data, OffsetDateTime start) {
        return calendar.dueAt(deadline(m, flow, r, data), start);
    }

    /** When an exchange accepted at {@code acceptedAt} must be done: the latest of its flows' recipients' deadlines. */
    public OffsetDateTime dueAt(List<TriggeredFlow> triggered, OffsetDateTime acceptedAt) {
        return dueAt(triggered, null, acceptedAt);
    }

    /**
     * When an exchange of the event {@code data} accepted at {@code acceptedAt} must be done: the
     * latest of its flows' recipients' deadlines, data-dependent ones applied.
     */
    public OffsetDateTime dueAt(List<TriggeredFlow> triggered, JsonNode data, OffsetDateTime acceptedAt) {
        OffsetDateTime latest = null;
        for (TriggeredFlow t : triggered) {
            for (MandateDeclaration.Recipient r : t.flow().recipients()) {
                OffsetDateTime due = dueAt(t.mandate(), t.flow(), r, data, acceptedAt);
                latest = latest == null || due.isAfter(latest) ? due : latest;
            }
        }
        return latest;
    }

    private static Deadline parse(String mandate, String text) {
        try {
            return Deadline.parse(text);
        } catch (IllegalArgumentException notIso) {
            try {
                return Deadline.of(DurationStyle.detectAndParse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("govhub.mandates." + mandate + ".deadline: " + notIso.getMessage());
            }
        }
    }
}
