package org.govhub.simulators.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where each simulated utility has a network (M6, connection applications), from
 * {@code seed/gaotang-connections.json}: an address that names a town the utility does not
 * serve is refused by that utility.
 */
@Component
public class ConnectionServiceAreas {

    private record Data(Map<String, List<String>> unserved) {
    }

    private final Map<String, List<String>> unserved;

    public ConnectionServiceAreas() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = ConnectionServiceAreas.class.getResourceAsStream("/seed/gaotang-connections.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gaotang-connections.json is not on the classpath");
            }
            this.unserved = Map.copyOf(mapper.readValue(in, Data.class).unserved());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code utility} has a network at {@code address}. */
    public boolean serves(String utility, String address) {
        return unserved.getOrDefault(utility, List.of()).stream().noneMatch(address::contains);
    }

    /** The towns {@code utility} does not serve. */
    public List<String> unserved(String utility) {
        return unserved.getOrDefault(utility, List.of());
    }
}
