package org.govhub.simulators.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The synthetic enterprises of Gaotang County that M4 (start-up) and M5 (deregistration) run
 * on ({@code seed/gaotang-enterprises-m4m5.json}): {@code applications} not yet registered,
 * {@code registered} ones with their licence and permits, and per agency what it holds
 * (taxpayers, seal filings, social-insurance units, bank accounts, the supervision directory)
 * and whom it refuses. Identifiers are valid by their check rules and belong to no one.
 */
@Component
public class EnterpriseSeed {

    private final JsonNode data;

    public EnterpriseSeed() {
        try (InputStream in = EnterpriseSeed.class.getResourceAsStream("/seed/gaotang-enterprises-m4m5.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gaotang-enterprises-m4m5.json is not on the classpath");
            }
            this.data = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The county's division code (GB/T 2260), 371526. */
    public String divisionCode() {
        return data.path("divisionCode").asText();
    }

    /** Enterprises not yet registered, for registrations. */
    public JsonNode applications() {
        return data.path("applications");
    }

    /** Enterprises registered before, with licence number and permits. */
    public JsonNode registered() {
        return data.path("registered");
    }

    /** What agency {@code agency} holds and refuses, as its section of the seed. */
    public JsonNode agency(String agency) {
        return data.path(agency);
    }
}
