package org.govhub.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {DivisionCode.GAOTANG, "372527", "370000", "371500", "371503", "110105", "650102", "710000", "810000", "820000"})
    void acceptsRealCodes(String code) {
        assertThat(DivisionCode.check(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "83", "99", "00"})
    void rejectsCodesOutsideTheProvinceList(String prefix) {
        assertRejected(prefix + "1526", "province");
    }

    @Test
    void knowsAllThirtyFourProvinces() {
        long provinces = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> String.format("%02d", i))
                .filter(DivisionCode::isProvince)
                .count();
        assertThat(provinces).isEqualTo(34);
    }

    @ParameterizedTest
    @ValueSource(strings = {"37152", "3715260", "37152A", "３７１５２６"})
    void rejectsWrongShape(String code) {
        assertRejected(code, "6 digits");
    }

    @Test
    void rejectsMissingCode() {
        assertThat(DivisionCode.check(null)).hasValueSatisfying(m -> assertThat(m).contains("missing"));
    }

    private static void assertRejected(String code, String rule) {
        assertThat(DivisionCode.check(code)).hasValueSatisfying(message -> assertThat(message)
                .contains(rule)
                .contains("GB/T 2260")
                .doesNotContain(code));
    }
}
