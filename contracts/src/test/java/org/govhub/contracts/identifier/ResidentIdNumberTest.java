package org.govhub.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "360426199101010071", "44011320141005001X", "412723199010050012", "110102199101010078",
            "120110198012010073", "321083197812162119", "11010519491231002X",
            // synthetic Gaotang numbers, and the pre-1997 Gaotang address code 372527
            "371526199001010013", "371526198512310021", "372527198001010016"})
    void acceptsValidNumbers(String id) {
        assertThat(ResidentIdNumber.check(id)).isEmpty();
        assertThat(ResidentIdNumber.checkChar(id.substring(0, 17))).isEqualTo(id.charAt(17));
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(ResidentIdNumber.checkChar("36042619910102009")).isEqualTo('3');
        assertRejected("36042619910102009X", "check character");
    }

    @Test
    void rejectsMonthThirteen() {
        assertRejected("360426199113010079", "real calendar date");
    }

    @Test
    void rejectsDaysThatDoNotExist() {
        assertRejected(withCheckChar("37152619900230001"), "real calendar date");
        assertRejected(withCheckChar("37152619890229001"), "real calendar date");
        assertThat(ResidentIdNumber.check(withCheckChar("37152619880229001"))).isEmpty();
    }

    @Test
    void rejectsBirthDateInTheFuture() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertRejected(withCheckChar("371526" + tomorrow + "001"), "in the future");
    }

    @Test
    void rejectsBirthDateBefore1900() {
        assertRejected(withCheckChar("37152618991231001"), "before 1900");
    }

    @Test
    void rejectsUnknownProvince() {
        assertRejected(withCheckChar("99152619900101001"), "province");
        assertRejected(withCheckChar("00000019900101001"), "province");
    }

    @Test
    void rejectsWrongShape() {
        assertRejected("37152619900101001", "17 digits");
        assertRejected("3715261990010100133", "17 digits");
        assertRejected("37152619900101001A", "17 digits");
        assertThat(ResidentIdNumber.check(null)).hasValueSatisfying(m -> assertThat(m).contains("missing"));
    }

    @Test
    void acceptsLowerCaseXOnlyAfterNormalising() {
        assertRejected("44011320141005001x", "17 digits");
        assertThat(ResidentIdNumber.normalise("44011320141005001x")).isEqualTo("44011320141005001X");
        assertThat(ResidentIdNumber.check(ResidentIdNumber.normalise(" 44011320141005001x "))).isEmpty();
        assertThat(ResidentIdNumber.normalise("360426199101010071")).isEqualTo("360426199101010071");
        assertThat(ResidentIdNumber.normalise(null)).isNull();
    }

    @Test
    void upgradesFirstGenerationNumbers() {
        assertThat(ResidentIdNumber.upgrade15To18("150102880730303")).isEqualTo("150102198807303035");
        assertThat(ResidentIdNumber.check(ResidentIdNumber.upgrade15To18("150102880730303"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.upgrade15To18("15010288073030"));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.upgrade15To18("15010288073030X"));
    }

    @Test
    void checkCharNeedsSeventeenDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkChar("3715261990010100"));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkChar("3715261990010100X"));
    }

    private static String withCheckChar(String first17) {
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    private static void assertRejected(String id, String rule) {
        assertThat(ResidentIdNumber.check(id)).hasValueSatisfying(message -> assertThat(message)
                .contains(rule)
                .contains("GB 11643-1999")
                .doesNotContain(id)
                .doesNotContain(id.length() >= 14 ? id.substring(6, 14) : id));
    }
}
