package org.govhub.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RealEstateUnitNumberTest {

    private static final String GAOTANG_UNIT = "371526001001GB00001F00010001";

    @ParameterizedTest
    @ValueSource(strings = {
            "320684100302JA00001W00000000", "320684100001GA00001W00010000", "320684100002GB00631W00000000",
            "340111303004GB00165F00010490", "320684108205JC00160W00010001", "320684108205JC00160F00010001",
            "320684100302JB00001W00000000", "320684108205JB00160F00010001", "320684108205GE00160L00010001",
            "320684108205GL00160W00010001", "320505400202GB00001F00010069", "370105012002GB00001F00010751",
            // Appendix A right types: 地上, 地下, 耕地/林地 contracts
            "340123002004GS00019F00010001", "340123002004GX00020F00010001", "340123002004GD00021W00000000",
            GAOTANG_UNIT})
    void acceptsValidNumbers(String number) {
        assertThat(RealEstateUnitNumber.check(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "371526001001GB00001F0001000",   // 27 characters
            "371526001001GB00001F000100011", // 29 characters
            "371526001001AB00001F00010001",  // ownership not G/J/Z
            "371526001001GB00001B00010001",  // fixture not F/L/Q/W
            "37152600100AGB00001F00010001",  // letter in the cadastral sub-zone
            "371526001001Gb00001F00010001",  // lower-case right type
            "371526001001GB0000AF00010001"}) // letter in the parcel sequence
    void rejectsWrongShape(String number) {
        assertRejected(number, "format");
    }

    @Test
    void rejectsUnknownRightType() {
        assertRejected("371526001001GQ00001F00010001", "right type");
        assertRejected("371526001001GI00001F00010001", "right type");
    }

    @Test
    void rightTypesAreConfigurable() {
        assertThat(RealEstateUnitNumber.check("371526001001GQ00001F00010001", Set.of('Q'))).isEmpty();
        assertThat(RealEstateUnitNumber.check(GAOTANG_UNIT, Set.of('Q'))).isPresent();
    }

    @Test
    void rejectsMissingNumber() {
        assertThat(RealEstateUnitNumber.check(null)).hasValueSatisfying(m -> assertThat(m).contains("missing"));
        assertThat(RealEstateUnitNumber.check("")).hasValueSatisfying(m -> assertThat(m).contains("missing"));
    }

    @Test
    void splitsIntoItsParts() {
        assertThat(RealEstateUnitNumber.divisionCode(GAOTANG_UNIT)).isEqualTo(DivisionCode.GAOTANG);
        assertThat(RealEstateUnitNumber.parcelCode(GAOTANG_UNIT)).isEqualTo("371526001001GB00001");
        assertThat(RealEstateUnitNumber.ownershipCode(GAOTANG_UNIT)).isEqualTo('G');
        assertThat(RealEstateUnitNumber.rightTypeCode(GAOTANG_UNIT)).isEqualTo('B');
        assertThat(RealEstateUnitNumber.fixtureCode(GAOTANG_UNIT)).isEqualTo("F00010001");
        assertThatIllegalArgumentException().isThrownBy(() -> RealEstateUnitNumber.divisionCode("371526"));
    }

    private static void assertRejected(String number, String rule) {
        assertThat(RealEstateUnitNumber.check(number)).hasValueSatisfying(message -> assertThat(message)
                .contains(rule)
                .contains("GB/T 37346-2019")
                .doesNotContain(number));
    }
}
