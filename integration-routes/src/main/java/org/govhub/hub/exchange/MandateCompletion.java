package org.govhub.hub.exchange;

import java.util.List;
import java.util.UUID;

/** Every recipient of a mandate has answered for this exchange. */
public record MandateCompletion(UUID exchangeId, String mandate, List<Obligation> recipients) {

    /** Whether every recipient applied the command or had nothing to do. */
    public boolean allSucceeded() {
        return recipients.stream().allMatch(o -> o.status() == ObligationStatus.APPLIED
                || o.status() == ObligationStatus.NOT_APPLICABLE);
    }
}
