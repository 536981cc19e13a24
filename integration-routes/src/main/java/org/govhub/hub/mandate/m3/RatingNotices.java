package org.govhub.hub.mandate.m3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.OutgoingCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fan-out of a rating change: the declared subscribers, as their conditions say, plus every
 * agency that was sent an earlier version of the enterprise's rating, so that a repair, a
 * correction or a retraction reaches whoever holds what it replaces.
 */
@Component
public class RatingNotices {

    private final MandateExecutor mandates;
    private final CreditRatingHolders holders;
    private final ObjectMapper mapper;

    public RatingNotices(MandateExecutor mandates, CreditRatingHolders holders, ObjectMapper mapper) {
        this.mandates = mandates;
        this.holders = holders;
        this.mapper = mapper;
    }

    /**
     * One transaction: the holders are read under the enterprise's holders lock and the new
     * version's obligations opened before it is released, so a concurrent version sees them.
     */
    @Transactional
    public List<OutgoingCommand> fanOut(String event, String exchangeId) {
        JsonNode data = read(event).path("data");
        Set<String> earlier = holders.heldBefore(data.path("uscc").asText(), data.path("version").asInt());
        holders.record(java.util.UUID.fromString(exchangeId), data);
        return mandates.fanOut(CreditRatingSharingRoute.MANDATE, event, exchangeId, earlier);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
