package org.govhub.simulators.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Synthetic Gaotang enterprises ({@code seed/gaotang-enterprises.json}) that the approval
 * bureau, market supervision and the credit platform all know, for M2 and M3. Codes are valid
 * unified social credit codes (division 371526) and belong to no one. Per enterprise: whether
 * market supervision's directory holds it, the licences the approval bureau granted it, and its
 * credit evaluation at the platform (none: the platform does not know it).
 */
@Component
public class GaotangEnterprises {

    /** The credit platform's evaluation at start: class and version. */
    public record Credit(String creditClass, int version) {
    }

    public record Enterprise(String uscc, String name, String address, String divisionCode,
                             boolean marketDirectory, List<String> licences, Credit credit) {
    }

    private record Data(String divisionCode, List<Enterprise> enterprises) {
    }

    private final List<Enterprise> enterprises;

    public GaotangEnterprises() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = GaotangEnterprises.class.getResourceAsStream("/seed/gaotang-enterprises.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gaotang-enterprises.json is not on the classpath");
            }
            this.enterprises = List.copyOf(mapper.readValue(in, Data.class).enterprises());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Enterprise> all() {
        return enterprises;
    }

    public Optional<Enterprise> byUscc(String uscc) {
        return enterprises.stream().filter(e -> e.uscc().equals(uscc)).findFirst();
    }
}
