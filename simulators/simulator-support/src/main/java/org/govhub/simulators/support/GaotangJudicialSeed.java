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
 * M7's synthetic data ({@code seed/gaotang-judicial.json}): the county court's enforcement cases
 * whose ruling transfers a unit in satisfaction of a debt, the units as real estate holds them,
 * and the tax bureau's register of their parties. Identifiers are valid by their rules and
 * belong to no one. Case 3's transferee has a cancelled tax registration.
 */
@Component
public class GaotangJudicialSeed {

    /** One enforcement case and the unit its ruling transfers. */
    public record Case(String caseNumber, String assistanceNoticeNo, String unitNumber, String address, double area,
                       String use, String certificateNo, String rulingDate, String disposalPrice,
                       GaotangSeed.Party transferee, GaotangSeed.Party transferor) {
    }

    /** A taxpayer's standing at the tax bureau: NORMAL, CANCELLED (注销) or ABNORMAL (非正常户). */
    public record Taxpayer(String idNumber, String status) {
    }

    private record Data(String divisionCode, List<Case> cases, List<Taxpayer> taxpayers) {
    }

    private final Data data;

    public GaotangJudicialSeed() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = GaotangJudicialSeed.class.getResourceAsStream("/seed/gaotang-judicial.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gaotang-judicial.json is not on the classpath");
            }
            this.data = mapper.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Case> cases() {
        return data.cases();
    }

    public Optional<Case> byCaseNumber(String caseNumber) {
        return data.cases().stream().filter(c -> c.caseNumber().equals(caseNumber)).findFirst();
    }

    public Optional<Case> byUnit(String unitNumber) {
        return data.cases().stream().filter(c -> c.unitNumber().equals(unitNumber)).findFirst();
    }

    public List<Taxpayer> taxpayers() {
        return data.taxpayers();
    }
}
