package org.govhub.simulators.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * M8's synthetic data ({@code seed/gaotang-newhousing.json}): new commercial-housing sale
 * contracts filed at housing, the buyers' households at public security, their marriage records
 * at civil affairs. Kept as JSON: each simulator shares it in its own event's shape.
 * Identifiers are valid by their rules and belong to no one.
 */
@Component
public class GaotangNewHousingSeed {

    private final JsonNode data;

    public GaotangNewHousingSeed() {
        try (InputStream in = GaotangNewHousingSeed.class.getResourceAsStream("/seed/gaotang-newhousing.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gaotang-newhousing.json is not on the classpath");
            }
            this.data = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filed contract of this buyer for this unit. */
    public Optional<JsonNode> filing(String unitNumber, String buyerIdNumber) {
        return find("filings", f -> f.path("unitNumber").asText().equals(unitNumber)
                && f.path("buyer").path("idNumber").asText().equals(buyerIdNumber));
    }

    public boolean hasUnit(String unitNumber) {
        return find("filings", f -> f.path("unitNumber").asText().equals(unitNumber)).isPresent()
                || StreamSupport.stream(data.path("unfiledUnits").spliterator(), false)
                        .anyMatch(u -> u.asText().equals(unitNumber));
    }

    /** The household the person is a member of. */
    public Optional<JsonNode> household(String idNumber) {
        return find("households", h -> StreamSupport.stream(h.path("members").spliterator(), false)
                .anyMatch(m -> m.path("idNumber").asText().equals(idNumber)));
    }

    /** The person's marriage record; none means never married. */
    public Optional<JsonNode> marriage(String idNumber) {
        return find("marriages", m -> m.path("idNumber").asText().equals(idNumber));
    }

    public JsonNode all() {
        return data.deepCopy();
    }

    private Optional<JsonNode> find(String list, java.util.function.Predicate<JsonNode> test) {
        return StreamSupport.stream(data.path(list).spliterator(), false).filter(test).findFirst().map(JsonNode::deepCopy);
    }
}
