package org.govhub.hub.mandate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each mandate's deadline: the declaration's, unless {@code govhub.mandates.<id>.deadline}
 * overrides it (an ISO-8601 or Spring duration, e.g. {@code PT4H} or {@code 30m}).
 */
@ConfigurationProperties("govhub")
public class MandateDeadlines {

    /** Per mandate id, its settings. */
    private Map<String, MandateSettings> mandates = Map.of();

    public static class MandateSettings {
        private Duration deadline;

        public Duration getDeadline() {
            return deadline;
        }

        public void setDeadline(Duration deadline) {
            this.deadline = deadline;
        }
    }

    public Map<String, MandateSettings> getMandates() {
        return mandates;
    }

    public void setMandates(Map<String, MandateSettings> mandates) {
        this.mandates = mandates;
    }

    public Duration deadline(MandateDeclaration m) {
        MandateSettings s = mandates.get(m.id());
        return s != null && s.getDeadline() != null ? s.getDeadline() : m.deadline();
    }

    /** When an exchange accepted at {@code acceptedAt} must be done: the latest of its mandates' deadlines. */
    public OffsetDateTime dueAt(List<MandateDeclaration> triggered, OffsetDateTime acceptedAt) {
        return triggered.stream().map(this::deadline).filter(d -> d != null).max(Duration::compareTo)
                .map(acceptedAt::plus).orElse(null);
    }
}
