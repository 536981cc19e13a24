package org.govhub.hub.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A consent's subject is checked by its own identifier's rules, and never echoed in the error. */
class ConsentSubjectTest {

    @Test
    void acceptsValidResidentIdsAndCreditCodes() {
        assertThat(ConsentController.checkSubject("371526199001010013")).isEmpty();
        assertThat(ConsentController.checkSubject("11010519491231002X")).isEmpty();
        assertThat(ConsentController.checkSubject("91371526MA3C11116D")).isEmpty();
        assertThat(ConsentController.checkSubject("121200004013590816")).isEmpty();
    }

    @Test
    void namesTheRuleABadSubjectBreaksWithoutEchoingIt() {
        assertThat(ConsentController.checkSubject("36042619910102009X")).hasValueSatisfying(p -> assertThat(p)
                .contains("resident ID number").contains("GB 11643").doesNotContain("36042619910102009X"));
        assertThat(ConsentController.checkSubject("360426199113010079")).hasValueSatisfying(p -> assertThat(p)
                .contains("resident ID number"));
        assertThat(ConsentController.checkSubject("91110000600037341N")).hasValueSatisfying(p -> assertThat(p)
                .contains("GB 32100").doesNotContain("91110000600037341N"));
        assertThat(ConsentController.checkSubject(" ")).hasValueSatisfying(p -> assertThat(p).contains("required"));
        assertThat(ConsentController.checkSubject(null)).isPresent();
    }
}
