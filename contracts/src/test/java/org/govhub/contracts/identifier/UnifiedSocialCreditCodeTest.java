package org.govhub.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    private static final UnifiedSocialCreditCode STRICT = new UnifiedSocialCreditCode(Set.of());

    @ParameterizedTest
    @ValueSource(strings = {
            "91110000600037341L", "91110000710926094P", "121200004013590816", "91310115MA1K3BTP2B",
            "92340602MA2PBMEM24", "91620105L015101280", "91310110666007217T", "53640000MJX173672F",
            "92371000MA3MXH0E3W",
            // synthetic Gaotang codes
            "91371526MA3C11116D", "91371526123456788P"})
    void acceptsValidCodes(String code) {
        assertThat(STRICT.check(code)).isEmpty();
        assertThat(UnifiedSocialCreditCode.standard().check(code)).isEmpty();
        assertThat(UnifiedSocialCreditCode.checkChar(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.checkChar("91110000600037341")).isEqualTo('L');
        assertRejected("91110000600037341N", "check character");
    }

    @Test
    void rejectsChangedRegistrationAuthority() {
        assertRejected("A1110000600037341L", "check character");
    }

    @Test
    void rejectsCharactersOutsideTheCodeSet() {
        assertRejected("9111000060003IOZSV", "character set");
        assertRejected("91110000600037341l", "character set");
    }

    @Test
    void rejectsWrongLengthAndLettersInTheDivisionCode() {
        assertRejected("91110000600037341", "18 characters");
        assertRejected("91110000600037341LL", "18 characters");
        assertRejected("911A0000600037341L", "positions 3-8");
        assertThat(STRICT.check(null)).hasValueSatisfying(m -> assertThat(m).contains("missing"));
        assertThat(STRICT.check("")).hasValueSatisfying(m -> assertThat(m).contains("missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350211M00013FA1N", "91350100M0001TGQXM", "91350211M0000XUF46", "91350203M0001FUE2P"})
    void acceptsKnownPilotCodesOnlyWhenAllowed(String pilotCode) {
        assertThat(UnifiedSocialCreditCode.standard().check(pilotCode)).isEmpty();
        assertThat(STRICT.check(pilotCode)).hasValueSatisfying(m -> assertThat(m).contains("check character"));
    }

    @Test
    void allowListCoversOnlyTheCodesGiven() {
        var checker = new UnifiedSocialCreditCode(Set.of("91350211M00013FA1N"));
        assertThat(checker.check("91350211M00013FA1N")).isEmpty();
        assertThat(checker.check("91350100M0001TGQXM")).isPresent();
    }

    @Test
    void allowListDoesNotExcuseABadFormat() {
        var checker = new UnifiedSocialCreditCode(Set.of("9111000060003IOZSV"));
        assertThat(checker.check("9111000060003IOZSV")).isPresent();
    }

    @Test
    void checkCharNeedsSeventeenCodeSetCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkChar("9111000060003734"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkChar("9111000060003IOZS"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkChar(null));
    }

    private static void assertRejected(String code, String rule) {
        assertThat(STRICT.check(code)).hasValueSatisfying(message -> assertThat(message)
                .contains(rule)
                .contains("GB 32100-2015")
                .doesNotContain(code));
        assertThat(UnifiedSocialCreditCode.standard().check(code)).isPresent();
    }
}
