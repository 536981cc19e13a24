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
 * The synthetic Gaotang County data set every simulated agency seeds its state from
 * ({@code seed/gaotang-seed.json}), so that the same property, owner and address exist at real
 * estate and at each utility. Identifiers are valid by their check rules and belong to no one.
 * Property 0 has every utility; 1 has no gas; 2 no heat; 3 power arrears; 4 water arrears;
 * 5 neither gas nor heat.
 */
@Component
public class GaotangSeed {

    /** A person or organisation as the registries hold them. */
    public record Party(String name, String idType, String idNumber, String phone) {
    }

    /** A utility account at a property: account number and unpaid amount in yuan. */
    public record Account(String accountNo, String arrears) {
    }

    /** A registered property unit, its current owner, and the utility accounts at its address. */
    public record Property(String unitNumber, String certificateNo, String address, double area, String use,
                           Party owner, Map<String, Account> accounts) {
    }

    private record Data(String divisionCode, List<Property> properties, List<Party> buyers) {
    }

    private final Data data;

    public GaotangSeed() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = GaotangSeed.class.getResourceAsStream("/seed/gaotang-seed.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gaotang-seed.json is not on the classpath");
            }
            this.data = mapper.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String divisionCode() {
        return data.divisionCode();
    }

    public List<Property> properties() {
        return data.properties();
    }

    /** People who may buy a property in a demo or a test. */
    public List<Party> buyers() {
        return data.buyers();
    }
}
